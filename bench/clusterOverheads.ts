import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * (d) What Redis and S3 cost an instance: a third instance of the same build
 * and database, started here on BENCH_PLAIN_PORT (3003) without REDIS_URL
 * (Next's own in-process cache) and without S3 (the images it serves copied
 * to a local MEDIA_DIR), measured against instance A on the same URLs.
 */
type State = { postgres: { primary: string; replica?: string } }

const CONTROL = `http://127.0.0.1:${process.env.CLUSTER_CONTROL_PORT ?? 8089}`
const PORT = Number(process.env.BENCH_PLAIN_PORT ?? 3003)

export const startPlainInstance = async ({ a, images }: { a: string; images: string[] }): Promise<{ stop: () => Promise<void>; url: string }> => {
  const state = (await (await fetch(`${CONTROL}/state`)).json()) as State
  const media = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-bench-plain-'))
  fs.mkdirSync(path.join(media, 'images'), { recursive: true })
  for (const name of images) fs.writeFileSync(path.join(media, 'images', name), Buffer.from(await (await fetch(`${a}/api/media/file/${encodeURIComponent(name)}`)).arrayBuffer()))
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_READ_REPLICAS: state.postgres.replica,
    DATABASE_URI: state.postgres.primary,
    INSTANCE_NAME: 'plain',
    JOBS: 'off',
    MEDIA_DIR: media,
    NEXT_PUBLIC_SERVER_URL: `http://localhost:${process.env.CLUSTER_PORT ?? 8080}`,
    NODE_ENV: 'production',
    PAYLOAD_SECRET: fs.readFileSync(path.resolve('data', 'cluster', 'payload-secret'), 'utf8').trim(),
    PORT: String(PORT),
  }
  for (const name of ['REDIS_URL', 'S3_BUCKET', 'S3_ENDPOINT', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY']) delete env[name]
  const child: ChildProcess = spawn(process.execPath, ['--conditions=production', '--import', 'tsx', 'scripts/serve.ts'], { env, stdio: 'ignore' })
  const url = `http://127.0.0.1:${PORT}`
  const deadline = Date.now() + 120_000
  while (!(await fetch(`${url}/api/health/ready`).then((r) => r.ok, () => false))) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`the plain instance on ${PORT} did not start`)
    await new Promise((r) => setTimeout(r, 500))
  }
  const stop = () =>
    new Promise<void>((resolve) => {
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
    }).finally(() => fs.rmSync(media, { force: true, recursive: true }))
  return { stop, url }
}
