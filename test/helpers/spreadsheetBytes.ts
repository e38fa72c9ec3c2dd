import zlib from 'node:zlib'

import ExcelJS from 'exceljs'
import iconv from 'iconv-lite'

/**
 * Real file bytes for the spreadsheet-import reader tests, built in memory:
 * workbooks through ExcelJS, ZIP and CFB containers by hand, CSVs in the
 * encodings offices actually save.
 */

/** One sheet: rows of ExcelJS cell values (row 1 first), plus merges like "A1:D1". */
export type SheetSpec = { name: string; rows: ExcelJS.CellValue[][]; merges?: string[]; numFmts?: Record<string, string> }

export const xlsxBytes = async (sheets: SheetSpec[]): Promise<Uint8Array> => {
  const workbook = new ExcelJS.Workbook()
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name)
    spec.rows.forEach((row, index) => {
      row.forEach((value, column) => {
        if (value !== null && value !== undefined) sheet.getCell(index + 1, column + 1).value = value
      })
    })
    for (const range of spec.merges ?? []) sheet.mergeCells(range)
    for (const [address, format] of Object.entries(spec.numFmts ?? {})) sheet.getCell(address).numFmt = format
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

/** A ZIP with stored (uncompressed) entries: enough for the reader, which only lists names. */
export const storedZip = (files: Record<string, string>): Uint8Array => {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const [name, content] of Object.entries(files)) {
    const nameBytes = Buffer.from(name)
    const data = Buffer.from(content)
    const crc = zlib.crc32(data)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(data.length, 18)
    local.writeUInt32LE(data.length, 22)
    local.writeUInt16LE(nameBytes.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(data.length, 20)
    central.writeUInt32LE(data.length, 24)
    central.writeUInt16LE(nameBytes.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, nameBytes, data)
    centrals.push(central, nameBytes)
    offset += local.length + nameBytes.length + data.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(Object.keys(files).length, 8)
  end.writeUInt16LE(Object.keys(files).length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return new Uint8Array(Buffer.concat([...locals, directory, end]))
}

/**
 * A minimal Compound File (OLE2) image: the 512-byte header with its magic,
 * then one directory sector whose entries are named as given (UTF-16LE, 128
 * bytes each). Encrypted .xlsx files name "EncryptionInfo" and
 * "EncryptedPackage"; old .xls files name "Workbook".
 */
export const cfbBytes = (streamNames: string[]): Uint8Array => {
  const header = Buffer.alloc(512)
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header)
  header.writeUInt16LE(0x003e, 24)
  header.writeUInt16LE(0x0003, 26)
  header.writeUInt16LE(0xfffe, 28)
  header.writeUInt16LE(9, 30)
  const entries = ['Root Entry', ...streamNames].map((name) => {
    const entry = Buffer.alloc(128)
    const encoded = Buffer.from(`${name}\0`, 'utf16le')
    encoded.copy(entry)
    entry.writeUInt16LE(encoded.length, 64)
    entry[66] = name === 'Root Entry' ? 5 : 2
    return entry
  })
  return new Uint8Array(Buffer.concat([header, ...entries, Buffer.alloc(512 - 128 * (entries.length % 4 || 4))]))
}

const inWindows1258 = (char: string): boolean => iconv.decode(iconv.encode(char, 'windows-1258'), 'windows-1258') === char
const VOWEL_MODIFIER = /^[\u0302\u0306\u031B]$/

/**
 * Vietnamese as Windows stores it in code page 1258: letters the code page
 * has stay whole (á, â, ư, đ), others become such a letter plus combining tone
 * marks ("ậ" → "â" + U+0323), as WideCharToMultiByte does.
 */
export const toWindows1258 = (text: string): Uint8Array => {
  const split = [...text.normalize('NFC')].map((char) => {
    if (inWindows1258(char)) return char
    const [base, ...marks] = char.normalize('NFD')
    const modifiers = marks.filter((m) => VOWEL_MODIFIER.test(m))
    const tones = marks.filter((m) => !modifiers.includes(m))
    return `${(base + modifiers.join('')).normalize('NFC')}${tones.join('')}`
  })
  return new Uint8Array(iconv.encode(split.join(''), 'windows-1258'))
}

/** Text in a given encoding, with an optional byte-order mark. */
export const encoded = ({ text, encoding, bom = false }: { text: string; encoding: string; bom?: boolean }): Uint8Array =>
  new Uint8Array(iconv.encode(text, encoding, { addBOM: bom }))

/** Deterministic "random" bytes (a linear congruential generator), so the test is the same every run. */
export const noiseBytes = (length: number, seed = 7): Uint8Array => {
  const bytes = new Uint8Array(length)
  let state = seed
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2 ** 31
    bytes[i] = state >> 16
  }
  return bytes
}
