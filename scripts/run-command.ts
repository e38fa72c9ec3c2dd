import { spawn } from 'node:child_process'

/**
 * How every TypeScript script runs. Lexical's Node entry points wrap their
 * code in a top-level `await import()`, which deadlocks Node 20's ESM loader
 * at random (the process just exits); the production condition resolves
 * straight to the built files and avoids it.
 */
export const TSX_NODE_FLAGS = ['--conditions=production', '--import', 'tsx']

/** Runs a command with inherited output; resolves on exit 0, rejects with a message naming it otherwise. */
export const runCommand = (command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: 'inherit' })
    child.on('error', reject)
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`\`${command} ${args.join(' ')}\` failed (${signal ?? `exit ${code}`})`)),
    )
  })

/** Production environment for every step: secret resolved once, no telemetry. */
export const productionEnv = async (): Promise<NodeJS.ProcessEnv> => {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' }
  // The secret and database modules read NODE_ENV; set it before loading them.
  Object.assign(process.env, { NODE_ENV: 'production' })
  const { payloadSecret } = await import('@/lib/server/secret')
  env.PAYLOAD_SECRET = payloadSecret()
  // Built into every absolute link, and part of the build stamp: a new port or origin means a new build.
  const { resolvePublicUrl } = await import('@/lib/urls/publicUrl')
  env.NEXT_PUBLIC_SERVER_URL = process.env.NEXT_PUBLIC_SERVER_URL = resolvePublicUrl({ port: process.env.PORT, value: process.env.NEXT_PUBLIC_SERVER_URL })
  return env
}

export const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`
