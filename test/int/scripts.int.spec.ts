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
