/**
 * `npm run cluster`: the production shape on one machine, in the foreground.
 *
 *   PostgreSQL primary + streaming replica   (scripts/postgres-local.sh, data/cluster/postgres)
 *   Redis                                    shared page cache, limits, counters
 *   S3-compatible server (s3rver)            media, files, course packs (data/cluster/s3)
 *   app instances a :3001 and b :3002        JOBS=off, trusting nginx for client addresses
 *   one jobs worker                          scheduled publishing and the queues
 *   nginx on CLUSTER_PORT (8080)             static files, microcache, load balancing
 *
 * Seeded like `npm start`. Ctrl-C or SIGTERM stops all of it. A loopback
 * control on CLUSTER_CONTROL_PORT (8089) stops, starts or kills one piece.
 */
import crypto from 'node:crypto'
import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { buildIsCurrent, currentBuildStamp, writeBuildStamp } from './build-stamp'
import { startControl } from './cluster/control'
import { createSupervisor } from './cluster/supervisor'
import { waitForHttp, waitForRedis } from './cluster/wait'
import { checkNginxAvailable, startNginx } from './lib/nginx'
import { startS3Server } from './lib/s3Server'
import { runCommand, seconds, TSX_NODE_FLAGS } from './run-command'

const ROOT = path.resolve('data', 'cluster')
const port = (name: string, fallback: number) => Number(process.env[name] ?? fallback)
const PORTS = {
  control: port('CLUSTER_CONTROL_PORT', 8089),
  front: port('CLUSTER_PORT', 8080),
  redis: port('CLUSTER_REDIS_PORT', 6390),
  s3: port('CLUSTER_S3_PORT', 9390),
}
const INSTANCES = [
  { name: 'app-a', port: 3001 },
  { name: 'app-b', port: 3002 },
]
const BUCKET = 'thidua'
const STEPS = 7

const say = (line: string) => console.log(`[cluster]  ${line}`)
const step = (n: number, line: string) => say(`${n}/${STEPS} ${line}`)

/** What must be on the machine, and the one command that installs what is not. */
const checkTools = () => {
  const missing: string[] = []
  if (!fs.existsSync('/usr/lib/postgresql') || !fs.readdirSync('/usr/lib/postgresql').some((v) => fs.existsSync(`/usr/lib/postgresql/${v}/bin/initdb`))) missing.push('postgresql')
  if (spawnSync('redis-server', ['--version']).status !== 0) missing.push('redis-server')
  if (!checkNginxAvailable().ok) missing.push('nginx')
  if (missing.length) {
    console.error(`[cluster]  Thiếu gói Debian: ${missing.join(', ')}. Cài bằng: apt-get install -y ${missing.join(' ')}  rồi chạy lại npm run cluster.`)
    process.exit(1)
  }
}

/** One secret for every instance and the worker, kept beside the cluster's data. */
const clusterSecret = (): string => {
  const file = path.join(ROOT, 'payload-secret')
  if (process.env.PAYLOAD_SECRET) return process.env.PAYLOAD_SECRET
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim()
  const secret = crypto.randomBytes(32).toString('hex')
  fs.writeFileSync(file, secret, { mode: 0o600 })
  return secret
}

const postgres = (command: string[]) => {
  const env = { ...process.env, PG_LOCAL_ROOT: path.join(ROOT, 'postgres') }
  return execFileSync('bash', ['scripts/postgres-local.sh', ...command], { encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'inherit'] })
}

const main = async () => {
  const started = Date.now()
  checkTools()
  fs.mkdirSync(ROOT, { recursive: true })
  const supervisor = createSupervisor(say)
  let nginx: Awaited<ReturnType<typeof startNginx>> | null = null
  let s3: Awaited<ReturnType<typeof startS3Server>> | null = null
  let control: Awaited<ReturnType<typeof startControl>> | null = null
  let stopping = false
  const stopAll = async (signal: string) => {
    if (stopping) return
    stopping = true
    say(`Nhận ${signal}: dừng cả cụm…`)
    control?.close()
    await nginx?.stop().catch(() => undefined)
    await supervisor.stopAll()
    await s3?.close().catch(() => undefined)
    try {
      postgres(['stop'])
    } catch {
      say('PostgreSQL không dừng được: npm run db:pg -- stop (với PG_LOCAL_ROOT=data/cluster/postgres).')
    }
    say('Đã dừng.')
    process.exit(0)
  }
  process.once('SIGINT', () => void stopAll('SIGINT'))
  process.once('SIGTERM', () => void stopAll('SIGTERM'))

  step(1, 'PostgreSQL: máy chính và bản sao streaming…')
  process.stdout.write(postgres(['start', '--replica']).replace(/^(?=.)/gm, '[postgres] '))
  const pgEnv = Object.fromEntries([...postgres(['env']).matchAll(/^export (\w+)=(\S+)$/gm)].map((m) => [m[1], m[2]]))

  step(2, `Redis trên cổng ${PORTS.redis}…`)
  fs.mkdirSync(path.join(ROOT, 'redis'), { recursive: true })
  // No persistence: the cache and the limit windows can be lost; counters are written to the database every minute.
  supervisor.add('redis', {
    args: ['--port', String(PORTS.redis), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--notify-keyspace-events', 'Exe', '--dir', path.join(ROOT, 'redis')],
    command: 'redis-server',
    env: process.env,
    restart: true,
  })
  const redisUrl = `redis://127.0.0.1:${PORTS.redis}`
  await waitForRedis(PORTS.redis)

  step(3, `Máy chủ S3 (s3rver) trên cổng ${PORTS.s3}, bucket "${BUCKET}"…`)
  s3 = await startS3Server({ bucket: BUCKET, directory: path.join(ROOT, 's3'), port: PORTS.s3 })

  const publicUrl = process.env.NEXT_PUBLIC_SERVER_URL ?? `http://localhost:${PORTS.front}`
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...pgEnv,
    NEXT_PUBLIC_SERVER_URL: publicUrl,
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production',
    PAYLOAD_SECRET: clusterSecret(),
    REDIS_URL: redisUrl,
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_BUCKET: BUCKET,
    S3_ENDPOINT: s3.endpoint,
    S3_SECRET_ACCESS_KEY: 'S3RVER',
  }
  Object.assign(process.env, env)

  step(4, 'Cơ sở dữ liệu: migration và dữ liệu mẫu (như npm start)…')
  await runCommand(process.execPath, [...TSX_NODE_FLAGS, 'scripts/prepare-db.ts'], env)

  const stamp = currentBuildStamp()
  if (buildIsCurrent(stamp)) {
    step(5, 'Bản dựng hiện có vẫn đúng với mã nguồn và cơ sở dữ liệu này: dùng lại.')
  } else {
    step(5, 'next build (một bản dựng dùng chung cho mọi máy)…')
    await runCommand(process.execPath, ['node_modules/next/dist/bin/next', 'build'], { ...env, DATABASE_PRIMARY_ONLY: 'true' })
    writeBuildStamp(stamp)
  }

  step(6, `Máy ứng dụng ${INSTANCES.map((i) => `${i.name} :${i.port}`).join(', ')} và worker…`)
  for (const instance of INSTANCES) {
    supervisor.add(instance.name, {
      args: [...TSX_NODE_FLAGS, 'scripts/serve.ts'],
      command: process.execPath,
      env: { ...env, INSTANCE_NAME: instance.name, JOBS: 'off', PORT: String(instance.port), TRUSTED_PROXIES: 'loopback' },
      restart: true,
    })
  }
  await Promise.all(INSTANCES.map((i) => waitForHttp(`http://127.0.0.1:${i.port}/api/health/ready`)))
  supervisor.add('worker', {
    args: [...TSX_NODE_FLAGS, 'scripts/worker.ts'],
    command: process.execPath,
    env: { ...env, REVALIDATE_URL: INSTANCES.map((i) => `http://127.0.0.1:${i.port}`).join(',') },
    restart: true,
  })

  step(7, `nginx trên cổng ${PORTS.front}…`)
  nginx = await startNginx({ port: PORTS.front, projectRoot: process.cwd(), runtimeDir: path.join(ROOT, 'nginx'), upstreams: INSTANCES.map((i) => `http://127.0.0.1:${i.port}`) })
  await waitForHttp(`http://127.0.0.1:${PORTS.front}/api/health`)

  const describe = () => ({
    front: `http://127.0.0.1:${PORTS.front}`,
    instances: Object.fromEntries(INSTANCES.map((i) => [i.name, `http://127.0.0.1:${i.port}`])),
    postgres: { primary: pgEnv.DATABASE_URI, replica: pgEnv.DATABASE_READ_REPLICAS },
    redis: redisUrl,
    s3: { bucket: BUCKET, endpoint: s3?.endpoint },
  })
  control = await startControl({ describe, port: PORTS.control, supervisor })
  say(`Sẵn sàng sau ${seconds(started)}: ${publicUrl} (nginx) → app-a :3001, app-b :3002; worker; Redis :${PORTS.redis}; S3 :${PORTS.s3}; PostgreSQL chính + bản sao; điều khiển http://127.0.0.1:${PORTS.control}/state. Ctrl-C để dừng.`)
}

main().catch((error: unknown) => {
  console.error(`[cluster]  Không khởi động được: ${error instanceof Error ? error.message : String(error)}`)
  console.error('[cluster]  Xem dòng log có nhãn ở trên; dừng phần còn lại bằng Ctrl-C. Một cổng đang bận: đặt CLUSTER_PORT, CLUSTER_REDIS_PORT, CLUSTER_S3_PORT hoặc CLUSTER_CONTROL_PORT khác.')
  process.kill(process.pid, 'SIGTERM')
})
