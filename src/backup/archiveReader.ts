import fs from 'node:fs'
import { buffer } from 'node:stream/consumers'
import { pipeline } from 'node:stream/promises'

import yauzl from 'yauzl'

import { hashingPassThrough } from './hashing'
import { type ArchivedFile, type BackupManifest, MANIFEST_ENTRY, parseManifest } from './manifest'

export type OpenArchive = { close: () => void; entries: Map<string, yauzl.Entry>; manifest: BackupManifest; zip: yauzl.ZipFile }

/** A manifest far beyond any real one means a hostile or broken archive, not something to read into memory. */
const MANIFEST_MAX_BYTES = 64 * 1024 * 1024

const readAllEntries = (zip: yauzl.ZipFile): Promise<Map<string, yauzl.Entry>> =>
  new Promise((resolve, reject) => {
    const entries = new Map<string, yauzl.Entry>()
    zip.on('error', reject)
    zip.on('end', () => resolve(entries))
    zip.on('entry', (entry: yauzl.Entry) => {
      if (!entry.fileName.endsWith('/')) entries.set(entry.fileName, entry)
      zip.readEntry()
    })
    zip.readEntry()
  })

/** Opens a backup archive and reads its manifest; yauzl refuses absolute and `..` entry names. */
export const openBackupArchive = async (file: string): Promise<OpenArchive> => {
  let zip: yauzl.ZipFile
  try {
    zip = await yauzl.openPromise(file, { autoClose: false, lazyEntries: true, strictFileNames: true, validateEntrySizes: true })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new Error(`Không thấy tệp ${file}: kiểm tra đường dẫn tới bản sao lưu.`)
    throw new Error(`${file} không đọc được như một bản sao lưu ZIP (${(error as Error).message}): tệp bị hỏng hoặc chưa tải xong.`)
  }
  try {
    const entries = await readAllEntries(zip)
    const manifestEntry = entries.get(MANIFEST_ENTRY)
    if (!manifestEntry || manifestEntry.uncompressedSize > MANIFEST_MAX_BYTES) throw new Error(`${file} không có manifest.json hợp lệ: đây không phải bản sao lưu của Thi đua, hoặc nó bị hỏng.`)
    const manifest = parseManifest((await buffer(await zip.openReadStreamPromise(manifestEntry))).toString('utf8'))
    return { close: () => zip.close(), entries, manifest, zip }
  } catch (error) {
    zip.close()
    throw error
  }
}

const mismatch = (expected: ArchivedFile, detail: string) =>
  new Error(`${expected.path} trong bản sao lưu không khớp manifest (${detail}): bản sao lưu bị hỏng hoặc bị sửa; dùng một bản sao lưu khác.`)

/** Writes an entry to `dest`, hashing it on the way; throws when its size or sha256 differs from the manifest's. */
export const extractVerified = async ({ archive, dest, expected }: { archive: OpenArchive; dest: string; expected: ArchivedFile }): Promise<void> => {
  const entry = archive.entries.get(expected.path)
  if (!entry) throw new Error(`Bản sao lưu thiếu ${expected.path} mà manifest có ghi: bản sao lưu bị hỏng hoặc bị sửa.`)
  // The archive's own size for the entry is checked first: nothing larger than the manifest says gets unpacked.
  if (entry.uncompressedSize !== expected.size) throw mismatch(expected, `${entry.uncompressedSize} byte, cần ${expected.size}`)
  const { digest, stream } = hashingPassThrough()
  await pipeline(await archive.zip.openReadStreamPromise(entry), stream, fs.createWriteStream(dest, { flags: 'wx' }))
  const { sha256, size } = digest()
  if (sha256 !== expected.sha256 || size !== expected.size) throw mismatch(expected, `sha256 ${sha256.slice(0, 12)}…, cần ${expected.sha256.slice(0, 12)}…`)
}
