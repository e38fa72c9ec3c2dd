import { type ChildProcess, spawn } from 'node:child_process'

export type ChildServer = { child: ChildProcess; output: () => string; url: string }

/** Starts ./apiServerProcess.ts with this process's database and upload settings; resolves with its URL. */
export const startChildServer = (env: Record<string, string | undefined> = {}): Promise<ChildServer> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--conditions=production', '--import', 'tsx', 'test/helpers/apiServerProcess.ts'], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    const timer = setTimeout(() => reject(new Error(`the child server did not start within 90 s:\n${output}`)), 90_000)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /LISTENING (\S+)/.exec(output)
      if (match) {
        clearTimeout(timer)
        resolve({ child, output: () => output, url: match[1] })
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`the child server exited (${code}) before listening:\n${output}`))
    })
  })

/** SIGKILL: no shutdown hooks, no flushing, as when the machine loses power or the OOM killer strikes. */
export const killHard = (server: ChildServer): Promise<void> =>
  new Promise((resolve) => {
    if (server.child.exitCode !== null || server.child.signalCode) return resolve()
    server.child.once('exit', () => resolve())
    server.child.kill('SIGKILL')
  })
