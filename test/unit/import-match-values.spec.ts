import { describe, expect, it } from 'vitest'

import { documentStatuses, documentTypes } from '@/collections/Documents/options'
import { exemplarStages } from '@/collections/Exemplars/options'
import { excelSerialDay, matchDate } from '@/import/match/dates'
import { matchFlag, matchKind, matchOption, matchText, matchYear } from '@/import/match/values'
import type { Cell } from '@/import/types'

const value = <T>(result: { ok: true; value: T } | { ok: false; message: string }): T => {
  if (!result.ok) throw new Error(result.message)
  return result.value
}
const message = (result: { ok: boolean; message?: string }): string => {
  expect(result.ok).toBe(false)
  return result.message ?? ''
}

describe('matchDate', () => {
  it('reads day-first text with /, - or . and one or two digits', () => {
    for (const text of ['05/03/2024', '5/3/2024', '05-03-2024', '5.3.2024', ' 05 / 03 / 2024 ', '05/03/2024 00:00', '05/03/2024 10:30:00']) {
      expect(value(matchDate(text)), text).toBe('2024-03-05')
    }
  })

  it('reads the date in words and ISO dates, with a time part taken as written', () => {
    for (const text of ['ngày 05 tháng 3 năm 2024', 'Ngày 5 tháng 03 năm 2024', 'ngay 5 thang 3 nam 2024', '5 tháng 3 năm 2024', '2024-03-05', '2024-3-5', '2024-03-05T23:30:00+07:00', '2024-03-05T00:00:00.000Z', '2024-03-05 08:00']) {
      expect(value(matchDate(text)), text).toBe('2024-03-05')
    }
  })

  it('reads Excel serial numbers, with the 1900 leap-year bug, in 1945–2100 only', () => {
    expect(value(matchDate(45356))).toBe('2024-03-05')
    expect(value(matchDate(45356.75))).toBe('2024-03-05')
    expect(value(matchDate('45356'))).toBe('2024-03-05')
    expect(value(matchDate(16438))).toBe('1945-01-01')
    expect(excelSerialDay(59)).toEqual({ day: 28, month: 2, year: 1900 })
    expect(excelSerialDay(60)).toBeNull()
    expect(excelSerialDay(61)).toEqual({ day: 1, month: 3, year: 1900 })
    expect(excelSerialDay(1)).toEqual({ day: 1, month: 1, year: 1900 })
    for (const serial of [60, 2024, 16437, 0, -5, 80000]) expect(message(matchDate(serial))).toContain(`Số ${serial} không phải một ngày`)
  })

  it('reads a reader Date by its UTC day, and a formula by its result', () => {
    expect(value(matchDate(new Date(Date.UTC(2024, 2, 5))))).toBe('2024-03-05')
    expect(value(matchDate({ formula: 'DATE(2024,3,5)', result: new Date(Date.UTC(2024, 2, 5)) }))).toBe('2024-03-05')
    expect(value(matchDate({ formula: 'A1+1', result: 45356 }))).toBe('2024-03-05')
    expect(value(matchDate({ formula: 'TEXT(A1)', result: '05/03/2024' }))).toBe('2024-03-05')
    expect(message(matchDate({ formula: 'A1', result: null }))).toContain('=A1')
    expect(message(matchDate(new Date(Number.NaN)))).toContain('không hợp lệ')
    expect(message(matchDate(new Date(Date.UTC(1900, 0, 1))))).toContain('ngoài khoảng 1945–2100')
  })

  it('rejects days that do not exist, naming the value', () => {
    expect(message(matchDate('31/02/2024'))).toBe('Ngày "31/02/2024" không có thật: tháng 2/2024 không có ngày 31.')
    expect(message(matchDate('29/02/2023'))).toContain('"29/02/2023"')
    expect(value(matchDate('29/02/2024'))).toBe('2024-02-29')
    expect(message(matchDate('00/03/2024'))).toContain('không có ngày 0')
    expect(message(matchDate('31/04/2024'))).toContain('không có ngày 31')
  })

  it('never swaps month-first dates', () => {
    expect(message(matchDate('13/25/2024'))).toContain('không có tháng 25')
    expect(message(matchDate('12/25/2024'))).toContain('không có tháng 25')
    expect(value(matchDate('12/05/2024'))).toBe('2024-05-12')
  })

  it('rejects two-digit years, years outside 1945–2100 and other text', () => {
    expect(message(matchDate('05/03/24'))).toContain('4 chữ số')
    expect(message(matchDate('05/03/1944'))).toContain('ngoài khoảng 1945–2100')
    expect(message(matchDate('2101-01-01'))).toContain('ngoài khoảng')
    for (const cell of ['hôm qua', '2024', 'March 5, 2024', '05/03', true] satisfies Cell[]) expect(matchDate(cell).ok, String(cell)).toBe(false)
    expect(message(matchDate('hôm qua'))).toContain('Không nhận ra ngày "hôm qua"')
  })
})

describe('matchFlag', () => {
  it('reads yes and no in the usual spellings', () => {
    for (const cell of ['x', 'X', '✓', 'có', 'Có', 'co', '1', 1, 'yes', 'TRUE', true, 'đúng', { formula: 'A1', result: true }] satisfies Cell[]) expect(value(matchFlag(cell)), String(cell)).toBe(true)
    for (const cell of ['', ' ', '0', 0, 'không', 'khong', 'no', 'false', false, '-', { formula: 'A1', result: null }] satisfies Cell[]) expect(value(matchFlag(cell)), String(cell)).toBe(false)
  })

  it('rejects anything else', () => {
    for (const cell of ['có lẽ', '2', 2, 'xx', 'v', new Date(0)] satisfies Cell[]) expect(matchFlag(cell).ok, String(cell)).toBe(false)
    expect(message(matchFlag('có lẽ'))).toContain('"có lẽ"')
  })
})

describe('matchKind and matchOption', () => {
  it('reads individual and collective', () => {
    for (const text of ['Cá nhân', 'CN', 'ca nhan', 'individual', ' CÁ NHÂN ']) expect(value(matchKind(text)), text).toBe('individual')
    for (const text of ['Tập thể', 'TT', 'tap the', 'collective', 'Đơn vị']) expect(value(matchKind(text)), text).toBe('collective')
    expect(message(matchKind('Hộ gia đình'))).toContain('"Hộ gia đình"')
  })

  it('reads an option by Vietnamese or English label, value or alias', () => {
    expect(value(matchOption({ input: 'Bồi dưỡng', options: exemplarStages }))).toBe('nurtured')
    expect(value(matchOption({ input: 'boi duong', options: exemplarStages }))).toBe('nurtured')
    expect(value(matchOption({ input: 'Replicated', options: exemplarStages }))).toBe('replicated')
    expect(value(matchOption({ input: 'Nghị định', options: documentTypes }))).toBe('decree')
    expect(value(matchOption({ input: 'inForce', options: documentStatuses }))).toBe('inForce')
    expect(value(matchOption({ aliases: { 'Hết hiệu lực toàn bộ': 'expired' }, input: 'het hieu luc toan bo', options: documentStatuses }))).toBe('expired')
    expect(message(matchOption({ input: 'Công văn', options: documentTypes, what: 'loại văn bản' }))).toBe(
      'Không nhận ra loại văn bản "Công văn"; ghi một trong: Chỉ thị, Nghị quyết, Luật, Nghị định, Thông tư, Kế hoạch, Quyết định, Hướng dẫn, Khác.',
    )
  })
})

describe('matchText and matchYear', () => {
  it('trims and collapses whitespace, and checks the length', () => {
    expect(value(matchText('  Nguyễn   Văn\nAn  '))).toBe('Nguyễn Văn An')
    expect(value(matchText(123))).toBe('123')
    expect(value(matchText('Đắk Lắk', { max: 7 }))).toBe('Đắk Lắk')
    expect(message(matchText('Đắk Lắk!', { max: 7 }))).toBe('Dài 8 ký tự, quá giới hạn 7 ký tự.')
  })

  it('refuses formulas, dates and TRUE/FALSE in a text column', () => {
    expect(message(matchText({ formula: 'CONCAT(A1,B1)', result: 'x' }))).toBe('Ô chứa công thức =CONCAT(A1,B1); hãy dán giá trị (Paste Special → Values).')
    expect(message(matchText({ formula: '=A1', result: 'x' }))).toContain('=A1;')
    expect(message(matchText(new Date(Date.UTC(2024, 0, 2))))).toContain('02/01/2024')
    expect(matchText(true).ok).toBe(false)
  })

  it('reads years in 1945–2100', () => {
    expect(value(matchYear(2024))).toBe(2024)
    expect(value(matchYear(' 2024 '))).toBe(2024)
    expect(value(matchYear('năm 1954'))).toBe(1954)
    expect(value(matchYear({ formula: 'YEAR(A1)', result: 2020 }))).toBe(2020)
    for (const cell of [1944, 2101, 2024.5, '24', '2024a', new Date(Date.UTC(2024, 0, 1)), true] satisfies Cell[]) expect(matchYear(cell).ok, String(cell)).toBe(false)
    expect(message(matchYear('24'))).toBe('Không nhận ra năm "24"; ghi năm bằng 4 chữ số, từ 1945 đến 2100.')
  })
})
