import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

const IMPORT_MAP = path.resolve('src/app/(payload)/admin/importMap.js')

/**
 * The admin renders only components its committed import map names. A plugin
 * that adds one (the S3 adapter's upload handler) without a regenerated map
 * left the admin blank, which only the browser tests noticed. Payload's own
 * generator writes the file when it would differ: the test puts the committed
 * file back and fails if it changed (run `npm run generate:importmap`).
 */
describe('the admin import map', () => {
  it('is what `npm run generate:importmap` makes from the current config', async () => {
    const committed = fs.readFileSync(IMPORT_MAP, 'utf8')
    const { generateImportMap } = await import('payload')
    const config = await (await import('@payload-config')).default
    try {
      await generateImportMap(config, { log: false })
    } finally {
      const generated = fs.readFileSync(IMPORT_MAP, 'utf8')
      fs.writeFileSync(IMPORT_MAP, committed)
      expect(generated.trim(), 'run npm run generate:importmap and commit the result').toBe(committed.trim())
    }
  })
})
