import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { Readable } from 'node:stream'
import type { ReadableStream as NodeReadableStream } from 'node:stream/web'
import { pipeline } from 'node:stream/promises'

import { GET as oembedGET } from '@/app/api/oembed/route'
import { addressOfRequest, trustedProxies, withClientAddress } from '@/lib/server/clientAddress'
import { graphqlRoutes, restRoutes } from '@/partners/routes'

type RouteHandler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>

// The same wrapped handlers the site mounts under /api (partner policy included).
const restHandlers: Record<string, RouteHandler> = restRoutes as unknown as Record<string, RouteHandler>
const graphqlHandler = (request: Request) => graphqlRoutes.POST(request, undefined)

const readBody = (req: http.IncomingMessage): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })

/** A site route handler for a path outside /api, or null when the path is not one of them. */
export type SiteRoutes = (url: URL) => ((request: Request) => Promise<Response>) | null

/**
 * A real HTTP server on a loopback port that serves Payload's own REST and
 * GraphQL route handlers and the oEmbed route (what Next mounts under /api), so tests speak
 * HTTP to the API without building the whole site. `siteRoutes` adds site
 * route handlers (called as Next calls them after the /vi rewrite). Bodies
 * are streamed, as Next streams them.
 */
export const startApiServer = async ({ siteRoutes = () => null, trusted = 'loopback' }: { siteRoutes?: SiteRoutes; trusted?: string } = {}): Promise<{ close: () => Promise<void>; url: string }> => {
  // Decides each request's client address as scripts/serve.ts does; by default the
  // test client stands in for a proxy on loopback, so its X-Forwarded-For names the client.
  const trust = trustedProxies(trusted)
  const server = http.createServer((req, res) => withClientAddress(addressOfRequest(req, trust), () => handle(req, res)))
  const handle = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    try {
      const url = new URL(req.url ?? '/', `http://${req.headers.host}`)
      const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : new Uint8Array(await readBody(req))
      const headers = new Headers()
      for (const [key, value] of Object.entries(req.headers)) {
        if (typeof value === 'string') headers.set(key, value)
        else if (Array.isArray(value)) headers.set(key, value.join(', '))
      }
      const request = new Request(url, { body, headers, method: req.method })
      let response: Response
      const siteRoute = siteRoutes(url)
      if (siteRoute) {
        response = await siteRoute(request)
      } else if (url.pathname === '/api/oembed' && req.method === 'GET') {
        // Next routes this static path before Payload's /api catch-all.
        response = await oembedGET(request, undefined)
      } else if (url.pathname === '/api/graphql' && req.method === 'POST') {
        response = await graphqlHandler(request)
      } else if (url.pathname === '/api/graphql' && req.method === 'OPTIONS') {
        response = await graphqlRoutes.OPTIONS(request, undefined as never)
      } else if (url.pathname.startsWith('/api/') && restHandlers[req.method ?? 'GET']) {
        const slug = url.pathname.slice('/api/'.length).split('/').filter(Boolean)
        response = await restHandlers[req.method ?? 'GET'](request, { params: Promise.resolve({ slug }) })
      } else {
        response = new Response('Not found', { status: 404 })
      }
      res.writeHead(response.status, Object.fromEntries(response.headers.entries()))
      if (response.body && req.method !== 'HEAD') await pipeline(Readable.fromWeb(response.body as NodeReadableStream), res)
      else res.end()
    } catch (error) {
      // A client that hangs up mid-stream leaves nothing to answer.
      if (res.headersSent) return void res.destroy()
      res.writeHead(500, { 'content-type': 'text/plain' })
      res.end(`test server error: ${(error as Error).message}`)
    }
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    close: () => new Promise((resolve) => server.close(() => resolve())),
    url: `http://127.0.0.1:${port}`,
  }
}
