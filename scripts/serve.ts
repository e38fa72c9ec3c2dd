/**
 * The site's HTTP server: Next's own request handler behind a Node server
 * that knows each request's socket. `npm start` and the tests serve through
 * it instead of `next start`, which hides the socket from route handlers
 * and keeps any X-Forwarded-For a client writes.
 *
 * Each request runs with its client address attached (lib/server/clientAddress):
 * the socket's address, or, when the socket belongs to a proxy listed in
 * TRUSTED_PROXIES, the nearest address that proxy forwarded.
 */
import http from 'node:http'

import next from 'next'

import { addressOfRequest, trustedProxies, withClientAddress } from '@/lib/server/clientAddress'

const main = async () => {
  const port = Number(process.env.PORT ?? 3000)
  const trust = trustedProxies(process.env.TRUSTED_PROXIES)
  // Behind a load balancer each answer names the instance that made it (INSTANCE_NAME), for logs and tests.
  const instance = process.env.INSTANCE_NAME
  // Jobs run in this process purge the cache through this server (lib/cache/forwardPurge) unless told otherwise.
  process.env.REVALIDATE_URL ??= `http://127.0.0.1:${port}`
  const app = next({ dev: false, dir: process.cwd(), port })
  await app.prepare()
  const handle = app.getRequestHandler()
  const server = http.createServer((request, response) => {
    if (instance) response.setHeader('x-instance', instance)
    withClientAddress(addressOfRequest(request, trust), () => {
      handle(request, response).catch((error: unknown) => {
        console.error('[serve]', error)
        if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
        response.end('Lỗi máy chủ.')
      })
    })
  })
  server.on('error', (error: NodeJS.ErrnoException) => {
    console.error(error.code === 'EADDRINUSE' ? `[serve] Cổng ${port} đang bận: dừng tiến trình đang dùng nó hoặc đặt PORT khác.` : `[serve] ${error.message}`)
    process.exit(1)
  })
  const notes = [instance && `máy ${instance}`, process.env.TRUSTED_PROXIES && `tin proxy: ${process.env.TRUSTED_PROXIES}`, process.env.REDIS_URL && 'bộ đệm chung Redis', process.env.JOBS === 'off' && 'không chạy hàng đợi việc'].filter(Boolean)
  server.listen(port, () => console.log(`[serve] Đang phục vụ trên cổng ${port}${notes.length ? ` (${notes.join('; ')})` : ''}.`))
  // Finish the requests in flight, then leave; a second signal leaves at once.
  const stop = () => {
    server.close(() => process.exit(0))
    server.closeIdleConnections()
    setTimeout(() => process.exit(0), 10_000).unref()
  }
  process.once('SIGTERM', stop)
  process.once('SIGINT', stop)
}

main().catch((error: unknown) => {
  console.error(`[serve] Không khởi động được: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
