/**
 * The entry names and declared sizes of a ZIP archive, read from its central
 * directory only (no inflating): enough to tell a workbook from a .docx and
 * to refuse a "zip bomb" before a reader expands it in memory.
 */
export type ZipEntry = { name: string; uncompressedSize: number }

const EOCD_SIGNATURE = 0x06054b50
const CENTRAL_SIGNATURE = 0x02014b50
/** The end record is 22 bytes plus a comment of at most 65 535 bytes. */
const EOCD_MAX_DISTANCE = 22 + 0xffff

const findEndRecord = (view: DataView): number => {
  const stop = Math.max(0, view.byteLength - EOCD_MAX_DISTANCE)
  for (let at = view.byteLength - 22; at >= stop; at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) return at
  }
  return -1
}

/** The archive's entries, or null when the bytes are not a readable ZIP (truncated, corrupt). */
export const zipEntries = (bytes: Uint8Array): ZipEntry[] | null => {
  if (bytes.byteLength < 22) return null
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const end = findEndRecord(view)
  if (end < 0) return null
  const count = view.getUint16(end + 10, true)
  let at = view.getUint32(end + 16, true)
  const entries: ZipEntry[] = []
  const decoder = new TextDecoder()
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== CENTRAL_SIGNATURE) return null
    const nameLength = view.getUint16(at + 28, true)
    const extraLength = view.getUint16(at + 30, true)
    const commentLength = view.getUint16(at + 32, true)
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength))
    entries.push({ name, uncompressedSize: view.getUint32(at + 24, true) })
    at += 46 + nameLength + extraLength + commentLength
  }
  return entries
}
