import { type ChildProcess, spawn } from 'node:child_process'

/** Serves the production build through scripts/serve.ts (what `npm start` runs) on a free-ish port; resolves when it answers. */
export const startNextServer = async ({ env = {}, port }: { env?: Record<string, string>; port: number }): Promise<{ stop: () => Promise<void>; url: string }> => {
  const child: ChildProcess = spawn(process.execPath, ['--conditions=production', '--import', 'tsx', 'scripts/serve.ts'], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env, NODE_ENV: 'production', PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 90_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited early:\n${output}`)
    try {
      const res = await fetch(`${url}/api/provinces?limit=1`)
      if (res.ok) break
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  if (Date.now() >= deadline) throw new Error(`the server did not answer within 90 s:\n${output}`)
  return {
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
    url,
  }
}
