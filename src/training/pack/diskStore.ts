import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import type { PackStore } from './store'

/**
 * Packs as files in one folder. A pack is written under a temporary name and
 * renamed, so a reader never sees half of one, even from another process; a
 * reader still downloading a deleted pack keeps reading it (the file goes
 * away when its last handle closes).
 */
export const diskPackStore = (dir: string): PackStore => {
  const at = (name: string) => path.join(/*turbopackIgnore: true*/ dir, path.basename(name))
  return {
    list: async (prefix) => (await fs.readdir(/*turbopackIgnore: true*/ dir).catch(() => [] as string[])).filter((name) => name.startsWith(prefix)),
    open: async (name) => {
      const handle = await fs.open(at(name), 'r').catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return null
        throw error
      })
      if (!handle) return null
      const { size } = await handle.stat()
      // 256 KB reads (Node's default is 64 KB): 85 → 113 MB/s over loopback in bench:pack, for 256 KB of buffer per download.
      return { bytes: size, stream: handle.createReadStream({ highWaterMark: 256 * 1024 }) }
    },
    remove: (name) => fs.rm(at(name), { force: true }),
    save: async (name, write) => {
      await fs.mkdir(dir, { recursive: true })
      const temp = `${at(name)}.${crypto.randomBytes(6).toString('hex')}.tmp`
      try {
        await write(temp)
        await fs.rename(temp, at(name))
      } finally {
        await fs.rm(temp, { force: true })
      }
      return (await fs.stat(at(name))).size
    },
    size: async (name) => (await fs.stat(at(name)).catch(() => null))?.size ?? null,
  }
}
