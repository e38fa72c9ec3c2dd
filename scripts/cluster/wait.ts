import net from 'node:net'

const POLL_MS = 250

/** Resolves once the URL answers 2xx; rejects with the URL after `timeoutMs`. */
export const waitForHttp = async (url: string, timeoutMs = 180_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) })
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, POLL_MS))
  }
  throw new Error(`${url} không trả lời trong ${timeoutMs / 1000} s`)
}

/** Resolves once Redis answers PING on the port. */
export const waitForRedis = async (port: number, timeoutMs = 30_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const pong = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => socket.write('PING\r\n'))
      socket.once('data', (data) => {
        socket.destroy()
        resolve(data.toString().startsWith('+PONG'))
      })
      socket.once('error', () => resolve(false))
    })
    if (pong) return
    await new Promise((r) => setTimeout(r, POLL_MS))
  }
  throw new Error(`Redis không trả lời PING trên cổng ${port} trong ${timeoutMs / 1000} s`)
}
