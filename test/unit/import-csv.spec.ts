import { describe, expect, it } from 'vitest'

import { readSpreadsheet } from '@/import/read'
import { ImportFileError } from '@/import/types'
import { encoded, toWindows1258 } from '../helpers/spreadsheetBytes'

/** Documents need only four columns, which keeps CSV lines short. */
const HEADER = 'Số, ký hiệu;Trích yếu;Loại văn bản;Ngày ban hành;Cơ quan ban hành'
const ROWS = ['05/2025/TT-MẪU;Hướng dẫn khen thưởng đột xuất (mẫu);Thông tư;20/06/2025;Bộ Nội vụ', '34-CT/TW;Về tiếp tục đổi mới công tác thi đua, khen thưởng;Chỉ thị;07/04/2014;Ban Bí thư']
const VIETNAMESE = [HEADER, ...ROWS].join('\r\n')

const read = (bytes: Uint8Array) => readSpreadsheet({ bytes, filename: 'van-ban.csv', kind: 'documents' })
const failure = async (bytes: Uint8Array): Promise<ImportFileError> => {
  const error = await read(bytes).then(() => null, (e: unknown) => e)
  expect(error).toBeInstanceOf(ImportFileError)
  return error as ImportFileError
}

const expectVietnameseRows = async (bytes: Uint8Array) => {
  const result = await read(bytes)
  expect(result.ignoredColumns).toEqual([])
  expect(result.rows.map((r) => r.values.title)).toEqual(['Hướng dẫn khen thưởng đột xuất (mẫu)', 'Về tiếp tục đổi mới công tác thi đua, khen thưởng'])
  expect(result.rows[1].values.issuer).toBe('Ban Bí thư')
  // NFC, whatever the file used: one code point per letter, as the matchers and the database expect.
  expect(result.rows.every((r) => Object.values(r.values).every((v) => typeof v === 'string' && v === v.normalize('NFC')))).toBe(true)
}

describe('CSV encodings', () => {
  it('reads UTF-8 with and without a BOM (the BOM does not end up in the first header)', async () => {
    await expectVietnameseRows(encoded({ bom: true, encoding: 'utf-8', text: VIETNAMESE }))
    await expectVietnameseRows(encoded({ encoding: 'utf-8', text: VIETNAMESE }))
    await expectVietnameseRows(encoded({ encoding: 'utf-8', text: VIETNAMESE.normalize('NFD') }))
  })

  it('reads UTF-16 with a BOM, little- and big-endian (Excel’s "Unicode text")', async () => {
    await expectVietnameseRows(encoded({ bom: true, encoding: 'utf-16le', text: VIETNAMESE.replace(/;/g, '\t') }))
    await expectVietnameseRows(encoded({ bom: true, encoding: 'utf-16be', text: VIETNAMESE }))
  })

  it('reads Windows-1258 (plain "CSV" from Excel on a Vietnamese Windows): tones as combining marks, returned composed', async () => {
    const bytes = toWindows1258(VIETNAMESE)
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow()
    expect(bytes).toContain(0xf2)
    await expectVietnameseRows(bytes)
  })

  it('reads Windows-1252 (Latin names), and does not take Portuguese "São" for Vietnamese', async () => {
    const latin = ['So ky hieu,Trich yeu,Loai van ban,Ngay ban hanh,Co quan ban hanh', 'A-1,Accord Société Générale,Khac,01/02/2025,Jürgen Müller (São Paulo)']
    const result = await read(encoded({ encoding: 'windows-1252', text: latin.join('\r\n') }))
    expect(result.rows[0].values).toMatchObject({ issuer: 'Jürgen Müller (São Paulo)', title: 'Accord Société Générale' })
  })

  it('refuses TCVN3 (ABC) and VNI text, and stray control bytes, asking for "CSV UTF-8"', async () => {
    const tcvn3 = await failure(encoded({ encoding: 'tcvn', text: 'So ky hieu,Trich yeu,Loai van ban,Ngay ban hanh\r\n1/QĐ,Khen thưởng tập thể Trường Tiểu học,Quyết định,01/02/2025\r\n2/QĐ,Biểu dương người tốt việc tốt,Quyết định,03/02/2025' }))
    expect([tcvn3.code, tcvn3.message]).toEqual(['encoding', expect.stringMatching(/TCVN3.*CSV UTF-8/s)])
    // VNI-Windows as a Latin-1 viewer shows it: "Khen thöôûng", "Tröôøng Tieåu hoïc", "ñoät xuaát".
    const vni = Buffer.from('So ky hieu,Trich yeu,Loai van ban,Ngay ban hanh\r\n1/QÑ,Khen thöôûng taäp theå Tröôøng Tieåu hoïc,Quyeát ñònh,01/02/2025\r\n', 'latin1')
    const vniError = await failure(new Uint8Array(vni))
    expect([vniError.code, vniError.message]).toEqual(['encoding', expect.stringMatching(/VNI.*CSV UTF-8/s)])
    const control = Buffer.concat([Buffer.from(`${'So ky hieu,Trich yeu,Loai van ban,Ngay ban hanh\r\n'.repeat(4)}1,`), Buffer.from([0x01, 0xe9, 0x0d, 0x0a])])
    expect((await failure(new Uint8Array(control))).code).toBe('encoding')
    const undefinedByte = Buffer.concat([Buffer.from('So ky hieu,Trich yeu,Loai van ban,Ngay ban hanh\r\n1,'), Buffer.from([0x81, 0xe9])])
    expect((await failure(new Uint8Array(undefinedByte))).code).toBe('encoding')
  })
})

describe('CSV layout', () => {
  it('detects comma, semicolon and tab delimiters from the header line', async () => {
    for (const delimiter of [',', ';', '\t']) {
      const text = `Số ký hiệu${delimiter}Trích yếu${delimiter}Loại văn bản${delimiter}Ngày ban hành\n1/QĐ${delimiter}"Khen thưởng; biểu dương, tôn vinh"${delimiter}Quyết định${delimiter}01/02/2025`
      const result = await read(encoded({ encoding: 'utf-8', text }))
      expect(result.rows[0].values).toEqual({ issuedDate: '01/02/2025', number: '1/QĐ', title: 'Khen thưởng; biểu dương, tôn vinh', type: 'Quyết định' })
    }
  })

  it('numbers rows as Excel shows the file: title lines above the header count, a quoted line break stays in one row, blank lines count', async () => {
    const text = ['DANH MỤC VĂN BẢN;;;', ';;;', 'Số ký hiệu;Trích yếu;Loại văn bản;Ngày ban hành;Ghi chú', '1/QĐ;"Dòng một', 'dòng hai";Quyết định;01/02/2025;', '', '2/QĐ;Khen thưởng;Quyết định;02/02/2025;  xem lại  '].join('\r\n')
    const result = await read(encoded({ bom: true, encoding: 'utf-8', text }))
    expect(result.sheet).toBe('van-ban.csv')
    expect(result.ignoredColumns).toEqual(['Ghi chú'])
    expect(result.rows.map((r) => r.rowNumber)).toEqual([4, 6])
    expect(result.rows[0].values.title).toBe('Dòng một\r\ndòng hai')
  })

  it('honours a first line "sep=;" and does not count it as a row', async () => {
    const result = await read(encoded({ encoding: 'utf-8', text: 'sep=;\nSố, ký hiệu;Trích yếu;Loại văn bản;Ngày ban hành\n1/QĐ;Khen thưởng;Quyết định;01/02/2025' }))
    expect(result.rows).toEqual([{ rowNumber: 2, values: { issuedDate: '01/02/2025', number: '1/QĐ', title: 'Khen thưởng', type: 'Quyết định' } }])
  })

  it('refuses a CSV with a quote that never closes, naming the line', async () => {
    const error = await failure(encoded({ encoding: 'utf-8', text: 'Số ký hiệu,Trích yếu,Loại văn bản,Ngày ban hành\n1/QĐ,"Khen thưởng,Quyết định,01/02/2025\n2/QĐ,Biểu dương,Quyết định,02/02/2025' }))
    expect([error.code, error.message]).toEqual(['notSpreadsheet', expect.stringMatching(/dòng \d+.*ngoặc kép/)])
  })
})
