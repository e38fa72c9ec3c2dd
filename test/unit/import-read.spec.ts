import { describe, expect, it } from 'vitest'

import { IMPORT_MAX_BYTES, readSpreadsheet } from '@/import/read'
import { ImportFileError } from '@/import/types'
import type { ImportKind } from '@/import/types'
import { cfbBytes, noiseBytes, storedZip, xlsxBytes } from '../helpers/spreadsheetBytes'

/** The six required award columns, as the template heads them. */
const AWARD_HEADERS = ['Số quyết định', 'Ngày quyết định', 'Cấp/cơ quan quyết định', 'Hình thức khen thưởng', 'Tên cá nhân, tập thể được khen', 'Cá nhân/Tập thể']
const AWARD_ROW = ['12/QĐ-UBND', '15/03/2024', 'UBND tỉnh Lâm Đồng', 'Bằng khen', 'Nguyễn Thị Mẫu', 'Cá nhân']

const read = (bytes: Uint8Array, kind: ImportKind = 'awards', filename = 'tep.xlsx') => readSpreadsheet({ bytes, filename, kind })

/** The error a read fails with, so a test can check its code and its message together. */
const failure = async (bytes: Uint8Array, kind: ImportKind = 'awards'): Promise<ImportFileError> => {
  const error = await read(bytes, kind).then(() => null, (e: unknown) => e)
  expect(error).toBeInstanceOf(ImportFileError)
  return error as ImportFileError
}

/** One CSV line as Excel writes it: fields with a comma, quote or line break are quoted. */
const line = (cells: string[], delimiter = ','): string => cells.map((c) => (/[",;\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(delimiter)
const csv = (lines: string[]): Uint8Array => new TextEncoder().encode(lines.join('\r\n'))

describe('readSpreadsheet refuses files it cannot read, saying what to do', () => {
  it('too large: over 50 MB, suggesting to split the file', async () => {
    const error = await failure(new Uint8Array(IMPORT_MAX_BYTES + 1))
    expect(error.code).toBe('tooLarge')
    expect(error.message).toMatch(/50 MB/)
    expect(error.message).toMatch(/chia/)
  })

  it('an .xlsx over 15 MB (read whole into memory) is refused, pointing to CSV UTF-8 and its 50 MB limit', async () => {
    const padding = 'x'.repeat(16 * 1024 * 1024)
    const error = await failure(new Uint8Array(storedZip({ 'xl/workbook.xml': '<workbook/>', 'xl/worksheets/sheet1.xml': `<worksheet><!--${padding}--></worksheet>` })))
    expect([error.code, error.message]).toEqual(['tooLarge', expect.stringMatching(/15 MB.*CSV UTF-8.*50 MB/)])
  })

  it('too large once expanded: a workbook whose entries declare more than 400 MB uncompressed is refused before it is inflated', async () => {
    const bomb = Buffer.from(storedZip({ 'xl/workbook.xml': '<workbook/>', 'xl/worksheets/sheet1.xml': '<worksheet/>' }))
    const central = bomb.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]))
    bomb.writeUInt32LE(0xfffffff0, central + 24)
    const error = await failure(new Uint8Array(bomb))
    expect([error.code, error.message]).toEqual(['tooLarge', expect.stringMatching(/giải nén.*chia/)])
  })

  it('empty: no bytes, blank lines, or a header with no data below it', async () => {
    expect((await failure(new Uint8Array())).code).toBe('empty')
    expect((await failure(csv(['', ' ', '']))).code).toBe('empty')
    const headerOnly = await failure(csv([line(AWARD_HEADERS)]))
    expect(headerOnly.code).toBe('empty')
    expect(headerOnly.message).toMatch(/dòng 1/)
    expect((await failure(await xlsxBytes([{ name: 'Khen thưởng', rows: [AWARD_HEADERS] }]))).code).toBe('empty')
  })

  it('not a spreadsheet, by content whatever the name: PDF, image, random bytes, a Word file, a plain ZIP, an HTML "xls"', async () => {
    const pdf = await failure(new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n'))
    expect([pdf.code, pdf.message]).toEqual(['notSpreadsheet', expect.stringMatching(/PDF/)])
    expect((await failure(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).message).toMatch(/PNG/)
    expect((await failure(noiseBytes(4096))).code).toBe('notSpreadsheet')
    const docx = await failure(storedZip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }))
    expect([docx.code, docx.message]).toEqual(['notSpreadsheet', expect.stringMatching(/Word/)])
    expect((await failure(storedZip({ 'anh.jpg': 'x', 'ghi-chu.txt': 'y' }))).code).toBe('notSpreadsheet')
    const ods = await failure(storedZip({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<office:document-content/>' }))
    expect([ods.code, ods.message]).toEqual(['notSpreadsheet', expect.stringMatching(/\.ods.*\.xlsx/)])
    const html = await failure(new TextEncoder().encode('<html><body><table><tr><td>Số quyết định</td></tr></table></body></html>'))
    expect([html.code, html.message]).toEqual(['notSpreadsheet', expect.stringMatching(/\.xlsx/)])
  })

  it('password-protected: an OLE container with EncryptionInfo; an old .xls without it is asked to be saved as .xlsx', async () => {
    const encrypted = await failure(cfbBytes(['EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces']))
    expect(encrypted.code).toBe('encrypted')
    expect(encrypted.message).toMatch(/mật khẩu/)
    const xls = await failure(cfbBytes(['Workbook', '\u0005SummaryInformation']))
    expect(xls.code).toBe('notSpreadsheet')
    expect(xls.message).toMatch(/\.xls\b/)
    expect(xls.message).toMatch(/Lưu thành.*\.xlsx/)
  })

  it('wrong sheet: names the sheets found and what the closest one lacks', async () => {
    const bytes = await xlsxBytes([
      { name: 'Bìa', rows: [['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2024']] },
      { name: 'Tổng hợp', rows: [['STT', 'Số quyết định', 'Họ và tên', 'Ghi chú'], [1, '12/QĐ', 'Nguyễn Thị Mẫu', '']] },
    ])
    const error = await failure(bytes)
    expect(error.code).toBe('wrongSheet')
    expect(error.message).toContain('“Bìa”, “Tổng hợp”')
    expect(error.message).toMatch(/“Tổng hợp”, còn thiếu: “Ngày quyết định”, “Cấp\/cơ quan quyết định”, “Hình thức khen thưởng”, “Cá nhân\/Tập thể”/)
  })

  it('missing columns in a one-sheet file or a CSV: lists them', async () => {
    const error = await failure(csv(['Số quyết định,Họ và tên,Cá nhân/Tập thể', '12/QĐ,Nguyễn Thị Mẫu,Cá nhân']))
    expect(error.code).toBe('missingColumns')
    expect(error.message).toMatch(/“Ngày quyết định”, “Cấp\/cơ quan quyết định”, “Hình thức khen thưởng”/)
    // A filled-in template that lost a column: the notes sheet, which lists the headers down column A, is not a candidate.
    const template = await failure(
      await xlsxBytes([
        { name: 'Khen thưởng', rows: [AWARD_HEADERS.filter((h) => h !== 'Ngày quyết định'), AWARD_ROW.filter((v) => v !== '15/03/2024')] },
        { name: 'Hướng dẫn', rows: [['Cột', 'Bắt buộc', 'Cách ghi'], ...AWARD_HEADERS.map((h) => [h, 'Có', '…'])] },
      ]),
    )
    expect([template.code, template.message]).toEqual(['missingColumns', expect.stringMatching(/^[^]*dòng 1\): “Ngày quyết định”\. /)])
  })

  it('a column given twice is an error, not a guess', async () => {
    const error = await failure(csv([line([...AWARD_HEADERS, 'Số QĐ']), line([...AWARD_ROW, '13/QĐ'])]))
    expect(error.code).toBe('duplicateColumns')
    expect(error.message).toMatch(/“Số quyết định”, “Số QĐ”/)
  })
})

describe('readSpreadsheet picks the data sheet', () => {
  it('skips sheets without the columns, and prefers the sheet named like the template among complete ones', async () => {
    const later = await read(await xlsxBytes([{ name: 'Bìa', rows: [['Ghi chú']] }, { name: 'Dữ liệu', rows: [AWARD_HEADERS, AWARD_ROW] }]))
    expect(later.sheet).toBe('Dữ liệu')
    const named = await read(
      await xlsxBytes([
        { name: 'Bản cũ', rows: [AWARD_HEADERS, AWARD_ROW] },
        { name: 'KHEN THUONG', rows: [AWARD_HEADERS, AWARD_ROW, AWARD_ROW] },
      ]),
    )
    expect([named.sheet, named.rows.length]).toEqual(['KHEN THUONG', 2])
  })

  it('decides by content, not by the file name', async () => {
    const workbook = await xlsxBytes([{ name: 'S', rows: [AWARD_HEADERS, AWARD_ROW] }])
    expect((await read(workbook, 'awards', 'xuat-ra.csv')).rows).toHaveLength(1)
    expect((await read(csv([line(AWARD_HEADERS), line(AWARD_ROW)]), 'awards', 'bang.xlsx')).rows[0].values.decisionNumber).toBe('12/QĐ-UBND')
  })
})
