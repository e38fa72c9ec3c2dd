import http from 'node:http'
import type { AddressInfo } from 'node:net'
import net from 'node:net'

import { addressOfRequest, trustedProxies } from '@/lib/server/clientAddress'

/** What an echo upstream answers: who answered, what it saw, and how many times it saw this path. */
export type Echo = { client: string; count: number; method: string; name: string; path: string; xff: string | null }

/**
 * A stand-in for one app instance behind nginx. It answers every request with
 * an Echo, resolving the client address with the app's own resolver under
 * TRUSTED_PROXIES=loopback. Like Next's prerendered pages it says
 * `s-maxage=3600`; `?cc=<value>` replaces that Cache-Control and
 * `?set-cookie=1` adds a cookie. `failing = true` makes it read the request,
 * then hang up without answering.
 */
export type EchoUpstream = { close: () => Promise<void>; failing: boolean; hits: (path: string) => number; name: string; received: number; url: string }

const trust = trustedProxies('loopback')

export const startEchoUpstream = async (name: string): Promise<EchoUpstream> => {
  const counts = new Map<string, number>()
  const upstream: EchoUpstream = { close: async () => {}, failing: false, hits: (p) => counts.get(p) ?? 0, name, received: 0, url: '' }
  const server = http.createServer((req, res) => {
    req.resume()
    req.on('end', () => {
      upstream.received++
      if (upstream.failing) return void req.socket.destroy()
      const url = new URL(req.url ?? '/', 'http://upstream')
      const key = `${req.method} ${url.pathname}`
      counts.set(key, (counts.get(key) ?? 0) + 1)
      const echo: Echo = { client: addressOfRequest(req, trust), count: counts.get(key) ?? 0, method: req.method ?? '', name, path: url.pathname, xff: req.headers['x-forwarded-for']?.toString() ?? null }
      const headers: Record<string, string> = { 'cache-control': url.searchParams.get('cc') ?? 's-maxage=3600', 'content-type': 'application/json', 'x-instance': name }
      if (url.searchParams.get('set-cookie')) headers['set-cookie'] = 'seen=1; Path=/'
      res.writeHead(200, headers)
      res.end(JSON.stringify(echo))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  upstream.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  upstream.close = () =>
    new Promise((resolve) => {
      server.close(() => resolve())
      server.closeAllConnections()
    })
  return upstream
}

/** A port nothing listens on (bound, then released). */
export const freePort = async (): Promise<number> => {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}
