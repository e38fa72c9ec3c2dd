import { ImportFileError } from '@/import/types'

import { zipEntries } from './zip'

/**
 * Decides by content, never by file name, what a file is: an OOXML workbook,
 * text for the CSV reader, or something to refuse with a message that says
 * what to do. Offices rename files freely ("bao cao.xls" that is HTML, a PDF
 * saved as .xlsx), so the name would mislead.
 */
export type Sniffed = 'csv' | 'xlsx'

/** A workbook expands in memory; refuse archives that declare more than this uncompressed. */
const MAX_UNCOMPRESSED_BYTES = 400 * 1024 * 1024

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le')

const startsWith = (bytes: Uint8Array, magic: number[]): boolean => magic.every((b, i) => bytes[i] === b)
const startsWithText = (bytes: Uint8Array, text: string): boolean => startsWith(bytes, [...Buffer.from(text, 'latin1')])

const SAVE_AS_XLSX = 'Hãy mở tệp bằng Excel, chọn Tệp → Lưu thành → “Sổ làm việc Excel (.xlsx)” rồi tải lại.'

/** Formats people upload by mistake, named so the message can say what the file really is. */
const KNOWN_OTHER_FILES: { magic: number[] | string; what: string }[] = [
  { magic: '%PDF', what: 'tệp PDF' },
  { magic: [0x89, 0x50, 0x4e, 0x47], what: 'ảnh PNG' },
  { magic: [0xff, 0xd8, 0xff], what: 'ảnh JPEG' },
  { magic: 'GIF8', what: 'ảnh GIF' },
  { magic: 'RIFF', what: 'tệp ảnh hoặc âm thanh' },
  { magic: '{\\rtf', what: 'tệp RTF' },
  { magic: 'Rar!', what: 'tệp nén RAR' },
  { magic: [0x37, 0x7a, 0xbc, 0xaf], what: 'tệp nén 7z' },
]

const notSpreadsheet = (what: string): ImportFileError =>
  new ImportFileError('notSpreadsheet', `Tệp tải lên là ${what}, không phải bảng tính. Hãy tải lên tệp Excel (.xlsx) hoặc CSV theo mẫu tải về từ trang nhập dữ liệu.`)

const sniffZip = (bytes: Uint8Array): Sniffed => {
  const entries = zipEntries(bytes)
  if (!entries) throw notSpreadsheet('tệp nén ZIP bị hỏng hoặc không đọc được')
  const names = new Set(entries.map((e) => e.name))
  if (entries.reduce((sum, e) => sum + e.uncompressedSize, 0) > MAX_UNCOMPRESSED_BYTES) {
    throw new ImportFileError('tooLarge', 'Bảng tính khi giải nén vượt quá 400 MB. Hãy chia dữ liệu thành nhiều tệp nhỏ hơn rồi nhập lần lượt.')
  }
  if (names.has('xl/workbook.xml')) return 'xlsx'
  if (names.has('xl/workbook.bin')) throw new ImportFileError('notSpreadsheet', `Tệp là sổ làm việc nhị phân Excel (.xlsb), chưa đọc được. ${SAVE_AS_XLSX}`)
  if (Buffer.from(bytes.subarray(30, 120)).toString('latin1').includes('opendocument.spreadsheet')) {
    throw new ImportFileError('notSpreadsheet', `Tệp là bảng tính OpenDocument (.ods). Hãy lưu lại dưới dạng Excel (.xlsx) rồi tải lại.`)
  }
  if (names.has('word/document.xml')) throw notSpreadsheet('văn bản Word (.docx)')
  if (names.has('ppt/presentation.xml')) throw notSpreadsheet('bản trình chiếu PowerPoint (.pptx)')
  throw notSpreadsheet('tệp nén ZIP')
}

/** Encrypted OOXML is a CFB container whose directory holds an "EncryptionInfo" stream (names are UTF-16LE). */
const sniffCfb = (bytes: Uint8Array): never => {
  if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(ENCRYPTION_INFO)) {
    throw new ImportFileError('encrypted', 'Bảng tính được đặt mật khẩu nên không đọc được. Hãy mở tệp bằng Excel, gỡ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu, xóa mật khẩu), lưu lại rồi tải lên.')
  }
  throw new ImportFileError('notSpreadsheet', `Tệp là bảng tính Excel đời cũ (.xls) hoặc tài liệu Office cũ, chưa đọc được. ${SAVE_AS_XLSX}`)
}

/** True when the text (after a BOM and spaces) opens like HTML or XML: "Excel" exports of many office systems. */
const looksLikeMarkup = (bytes: Uint8Array): boolean => {
  const head = Buffer.from(bytes.subarray(0, 512)).toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart().toLowerCase()
  return /^<(\?xml|!doctype|html|table|meta|head)/.test(head)
}

export const sniffFile = (bytes: Uint8Array): Sniffed => {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return sniffZip(bytes)
  if (startsWith(bytes, CFB_MAGIC)) return sniffCfb(bytes)
  for (const other of KNOWN_OTHER_FILES) {
    if (typeof other.magic === 'string' ? startsWithText(bytes, other.magic) : startsWith(bytes, other.magic)) throw notSpreadsheet(other.what)
  }
  if (looksLikeMarkup(bytes)) {
    throw new ImportFileError('notSpreadsheet', `Tệp là trang HTML/XML mang đuôi bảng tính (thường do phần mềm khác xuất ra), không phải .xlsx thật. ${SAVE_AS_XLSX}`)
  }
  return 'csv'
}
