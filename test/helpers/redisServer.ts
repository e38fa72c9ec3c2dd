import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

/**
 * A throw-away redis-server (Debian's /usr/bin/redis-server) on a free
 * loopback port, in its own temp folder, with nothing written to disk.
 * Tests needing it skip only when the binary is absent and
 * REQUIRE_CLUSTER_TOOLS is unset (see `redisSkipReason`).
 */
export type RunningRedis = { port: number; stop: () => Promise<void>; url: string }

const BINARY = process.env.REDIS_SERVER_BIN ?? 'redis-server'

/** Why Redis tests cannot run here, or '' when they can; with REQUIRE_CLUSTER_TOOLS set they never skip (and fail instead). */
export const redisSkipReason = (): string => {
  if (process.env.REQUIRE_CLUSTER_TOOLS) return ''
  const probe = spawnSync(BINARY, ['--version'], { encoding: 'utf8' })
  return probe.error || probe.status !== 0 ? `${BINARY} not found (apt-get install redis-server; REQUIRE_CLUSTER_TOOLS=1 makes this a failure)` : ''
}

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })

const stopChild = (child: ChildProcess): Promise<void> =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode) return resolve()
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })

/** Starts redis-server (on `port` when given: a restart after `stop()` keeps its URL); resolves once it accepts connections. */
export const startRedisServer = async ({ port: wanted }: { port?: number } = {}): Promise<RunningRedis> => {
  const port = wanted ?? (await freePort())
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-redis-'))
  const child = spawn(BINARY, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--daemonize', 'no', '--loglevel', 'notice'], { stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`redis-server did not start within 10 s:\n${output}`)), 10_000)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer)
        resolve()
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`redis-server exited (${code}) before it was ready:\n${output}`))
    })
  })
  return {
    port,
    stop: async () => {
      await stopChild(child)
      fs.rmSync(dir, { force: true, recursive: true })
    },
    url: `redis://127.0.0.1:${port}`,
  }
}
