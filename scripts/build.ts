/**
 * `npm run build`: prepares the production database (migrations, demo seed
 * when empty), then builds the site against it, so prerendered pages show
 * what the server will serve.
 */
import { currentBuildStamp, writeBuildStamp } from './build-stamp'
import { productionEnv, runCommand, seconds, TSX_NODE_FLAGS } from './run-command'

const main = async () => {
  const started = Date.now()
  const env = await productionEnv()
  console.log('[build 1/2] Chuẩn bị cơ sở dữ liệu…')
  await runCommand(process.execPath, [...TSX_NODE_FLAGS, 'scripts/prepare-db.ts'], env)
  console.log('[build 2/2] next build…')
  // Prerendering reads the primary: it was written a moment ago, and a replica may not have it yet.
  await runCommand(process.execPath, ['node_modules/next/dist/bin/next', 'build'], { ...env, DATABASE_PRIMARY_ONLY: 'true' })
  writeBuildStamp(currentBuildStamp())
  console.log(`[build] Xong trong ${seconds(started)}.`)
}

main().catch((error: unknown) => {
  console.error(`[build] Thất bại: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
