import { spawnSync } from 'node:child_process'

import { describe, expect, it } from 'vitest'

import { TSX_NODE_FLAGS } from '@scripts/run-command'

/**
 * Regression: without the production condition, Node 20 silently exited about
 * half the time while loading the config (Lexical's top-level-await entry
 * points), so `npm start` and `npm run seed` failed with no message.
 */
describe('scripts load the Payload config reliably', () => {
  it('loads it five times out of five with the flags the scripts use', () => {
    const probe = "const t=setInterval(()=>{},1000);import('./payload.config.ts').then(async(m)=>{await m.default;console.log('config-loaded');clearInterval(t)})"
    for (let run = 0; run < 5; run++) {
      const result = spawnSync(process.execPath, [...TSX_NODE_FLAGS, '--input-type=module', '-e', probe], {
        encoding: 'utf8',
        env: { ...process.env, NODE_OPTIONS: '' },
        timeout: 30_000,
      })
      expect(result.stdout, result.stderr).toContain('config-loaded')
    }
  }, 150_000)
})

describe('start-up with a database it cannot use', () => {
  const run = (script: string, env: Record<string, string>) =>
    spawnSync(process.execPath, [...TSX_NODE_FLAGS, script], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '', PAYLOAD_SECRET: 'bi-mat-thu-nghiem', ...env }, timeout: 60_000 })

  it('stops with one clear line naming the PostgreSQL host it could not reach: no password, no stack trace, exit 1', () => {
    const result = run('scripts/prepare-db.ts', { DATABASE_URI: 'postgres://thidua:mat-khau-rat-bi-mat@127.0.0.1:1/thidua', NODE_ENV: 'production' })
    const output = `${result.stdout}${result.stderr}`
    expect(result.status).toBe(1)
    expect(output).toContain('Không kết nối được PostgreSQL tại thidua@127.0.0.1:1/thidua')
    expect(output).toContain('npm run db:pg -- start')
    expect(output).not.toContain('mat-khau-rat-bi-mat')
    expect(output).not.toMatch(/\n\s+at /)
  }, 90_000)

  it('refuses a DATABASE_URI it does not know, naming the variable and never echoing the value', () => {
    const result = run('scripts/start.ts', { DATABASE_URI: 'mysql://thidua:mat-khau-rat-bi-mat@db.example.vn/thidua' })
    const output = `${result.stdout}${result.stderr}`
    expect(result.status).toBe(1)
    expect(output).toMatch(/DATABASE_URI must be unset .* got "mysql:\/\/…"/)
    expect(output).not.toContain('mat-khau-rat-bi-mat')
    expect(output).not.toContain('db.example.vn')
  }, 90_000)

  it('refuses a malformed public URL before touching anything, saying what to set', () => {
    const result = run('scripts/start.ts', { NEXT_PUBLIC_SERVER_URL: 'thidua.example.vn/trang' })
    const output = `${result.stdout}${result.stderr}`
    expect(result.status).toBe(1)
    expect(output).toContain("NEXT_PUBLIC_SERVER_URL must be the site's public origin")
    expect(output).not.toMatch(/\n\s+at /)
  }, 90_000)
})

describe('the public URL of a production run', () => {
  const envOf = (env: Record<string, string>) => {
    const probe = "import('./scripts/run-command.ts').then(async (m) => console.log('URL=' + (await m.productionEnv()).NEXT_PUBLIC_SERVER_URL))"
    const { NEXT_PUBLIC_SERVER_URL: _ignored, PORT: _port, ...rest } = process.env
    const result = spawnSync(process.execPath, [...TSX_NODE_FLAGS, '--input-type=module', '-e', probe], { encoding: 'utf8', env: { ...rest, NODE_OPTIONS: '', PAYLOAD_SECRET: 'bi-mat-thu-nghiem', ...env }, timeout: 60_000 })
    return /URL=(\S+)/.exec(result.stdout)?.[1] ?? result.stderr
  }

  it('follows PORT when NEXT_PUBLIC_SERVER_URL is unset, and keeps a configured origin', () => {
    expect(envOf({ PORT: '3999' })).toBe('http://localhost:3999')
    expect(envOf({})).toBe('http://localhost:3000')
    expect(envOf({ NEXT_PUBLIC_SERVER_URL: 'https://thidua.example.vn/', PORT: '3999' })).toBe('https://thidua.example.vn')
  }, 120_000)
})
