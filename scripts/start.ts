/**
 * `npm start`: one command from a fresh clone to a running site.
 * 1. resolve PAYLOAD_SECRET (generated under data/ for the embedded database)
 * 2. migrate, and seed demo content into an empty database (SEED_DEMO=false skips)
 * 3. build, unless a build of this exact source and database exists
 * 4. serve on PORT (default 3000)
 */
import { buildIsCurrent, currentBuildStamp, writeBuildStamp } from './build-stamp'
import { productionEnv, runCommand, seconds, TSX_NODE_FLAGS } from './run-command'

const main = async () => {
  const started = Date.now()
  const port = process.env.PORT ?? '3000'
  console.log('[start 1/4] Cấu hình môi trường…')
  const env = await productionEnv()
  console.log('[start 2/4] Cơ sở dữ liệu: migration và dữ liệu mẫu…')
  await runCommand(process.execPath, [...TSX_NODE_FLAGS, 'scripts/prepare-db.ts'], env)
  const stamp = currentBuildStamp()
  if (buildIsCurrent(stamp)) {
    console.log('[start 3/4] Bản build hiện có còn mới: bỏ qua build.')
  } else {
    console.log('[start 3/4] Build bản production (lần đầu mất vài phút)…')
    // Prerendering reads the primary: it was written a moment ago, and a replica may not have it yet.
    await runCommand(process.execPath, ['node_modules/next/dist/bin/next', 'build'], { ...env, DATABASE_PRIMARY_ONLY: 'true' })
    writeBuildStamp(stamp)
  }
  console.log(`[start 4/4] Sẵn sàng sau ${seconds(started)}: http://localhost:${port} (quản trị: /admin)`)
  await runCommand(process.execPath, [...TSX_NODE_FLAGS, 'scripts/serve.ts'], { ...env, PORT: port })
}

main().catch((error: unknown) => {
  console.error(`[start] Thất bại: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
