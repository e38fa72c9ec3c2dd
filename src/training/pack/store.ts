import type { Readable } from 'node:stream'

/**
 * Where built packs are kept: a folder on local disk, or the `packs/` prefix
 * of the S3 bucket when several instances must share them. Names are plain
 * file names (`<course>-<locale>-<key>.zip`).
 */
export type PackStore = {
  /** The names of stored packs that start with `prefix`. */
  list: (prefix: string) => Promise<string[]>
  /** The pack as a stream with its length, or null when it is not stored. */
  open: (name: string) => Promise<{ bytes: number; stream: Readable } | null>
  remove: (name: string) => Promise<void>
  /** Writes a pack through `write(tempFile)` and stores it whole under `name`: a reader never sees half a pack. */
  save: (name: string, write: (tempFile: string) => Promise<void>) => Promise<number>
  /** The stored pack's length, or null when it is not stored. */
  size: (name: string) => Promise<number | null>
}
