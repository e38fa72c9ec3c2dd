import http from 'node:http'

import type { Supervisor } from './supervisor'

const ACTIONS = ['kill', 'start', 'stop'] as const
type Action = (typeof ACTIONS)[number]

/**
 * A small loopback-only HTTP control for the running cluster, used by the
 * cluster tests and handy by hand (`curl -X POST localhost:8089/pieces/redis/stop`):
 *   GET  /state                       pieces, pids and addresses
 *   POST /pieces/<name>/stop|start|kill
 */
export const startControl = ({ describe, port, supervisor }: { describe: () => Record<string, unknown>; port: number; supervisor: Supervisor }): Promise<http.Server> => {
  const server = http.createServer((request, response) => {
    const reply = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
      response.end(JSON.stringify(body))
    }
    const url = new URL(request.url ?? '/', 'http://control')
    if (request.method === 'GET' && url.pathname === '/state') return reply(200, { ...describe(), pieces: supervisor.state() })
    const match = /^\/pieces\/([a-z0-9-]+)\/([a-z]+)$/.exec(url.pathname)
    if (request.method !== 'POST' || !match) return reply(404, { error: 'GET /state hoặc POST /pieces/<tên>/stop|start|kill' })
    const [, name, action] = match
    if (!supervisor.has(name)) return reply(404, { error: `Không có thành phần "${name}".` })
    if (!ACTIONS.includes(action as Action)) return reply(400, { error: `Hành động phải là ${ACTIONS.join(', ')}.` })
    const done = action === 'kill' ? Promise.resolve(supervisor.kill(name)) : supervisor[action as 'start' | 'stop'](name)
    done.then(
      () => reply(200, { ok: true, pieces: supervisor.state() }),
      (error: unknown) => reply(500, { error: error instanceof Error ? error.message : String(error) }),
    )
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve(server))
  })
}
