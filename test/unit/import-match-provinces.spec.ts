import { describe, expect, it } from 'vitest'

import { formerProvinces } from '@/import/match/provinceHistory'
import { buildProvinceNames, makeProvinceMatcher } from '@/import/match/provinces'
import { foldVietnamese } from '@/lib/text/vietnamese'
import { provinces } from '@/seed/data/provinces'

const current = provinces.map((p, i) => ({ code: p.code, id: i + 100, name: p.name }))
const match = makeProvinceMatcher(current)
const idOf = (name: string) => current.find((p) => p.name === name)?.id

const expectUnit = (input: number | string, name: string, former?: boolean) => {
  const result = match(input)
  if (!result.ok) throw new Error(`${String(input)}: ${result.message}`)
  expect(result.value.currentName, String(input)).toBe(name)
  expect(result.value.provinceId).toBe(idOf(name))
  if (former !== undefined) expect(result.value.former, String(input)).toBe(former)
}

// Written out again from Resolution 202/2025/QH15, independently of provinceHistory.ts.
const MERGED: Record<string, string[]> = {
  'Tuyên Quang': ['Tuyên Quang', 'Hà Giang'], 'Lào Cai': ['Lào Cai', 'Yên Bái'], 'Thái Nguyên': ['Thái Nguyên', 'Bắc Kạn'],
  'Phú Thọ': ['Phú Thọ', 'Vĩnh Phúc', 'Hòa Bình'], 'Bắc Ninh': ['Bắc Ninh', 'Bắc Giang'], 'Hưng Yên': ['Hưng Yên', 'Thái Bình'],
  'Hải Phòng': ['Hải Phòng', 'Hải Dương'], 'Ninh Bình': ['Ninh Bình', 'Hà Nam', 'Nam Định'], 'Quảng Trị': ['Quảng Trị', 'Quảng Bình'],
  'Đà Nẵng': ['Đà Nẵng', 'Quảng Nam'], 'Quảng Ngãi': ['Quảng Ngãi', 'Kon Tum'], 'Gia Lai': ['Gia Lai', 'Bình Định'],
  'Khánh Hòa': ['Khánh Hòa', 'Ninh Thuận'], 'Lâm Đồng': ['Lâm Đồng', 'Đắk Nông', 'Bình Thuận'], 'Đắk Lắk': ['Đắk Lắk', 'Phú Yên'],
  'Thành phố Hồ Chí Minh': ['TP Hồ Chí Minh', 'Bình Dương', 'Bà Rịa – Vũng Tàu'], 'Đồng Nai': ['Đồng Nai', 'Bình Phước'],
  'Tây Ninh': ['Tây Ninh', 'Long An'], 'Cần Thơ': ['Cần Thơ', 'Sóc Trăng', 'Hậu Giang'], 'Vĩnh Long': ['Vĩnh Long', 'Bến Tre', 'Trà Vinh'],
  'Đồng Tháp': ['Đồng Tháp', 'Tiền Giang'], 'Cà Mau': ['Cà Mau', 'Bạc Liêu'], 'An Giang': ['An Giang', 'Kiên Giang'],
  'Hà Nội': ['Hà Nội'], 'Cao Bằng': ['Cao Bằng'], 'Điện Biên': ['Điện Biên'], 'Lai Châu': ['Lai Châu'], 'Sơn La': ['Sơn La'],
  'Lạng Sơn': ['Lạng Sơn'], 'Quảng Ninh': ['Quảng Ninh'], 'Thanh Hóa': ['Thanh Hóa'], 'Nghệ An': ['Nghệ An'], 'Hà Tĩnh': ['Hà Tĩnh'],
  'Huế': ['Thừa Thiên Huế'],
}

describe('province data', () => {
  it('has the 34 current and 63 former units, and the merger as the resolution lists it', () => {
    expect(current).toHaveLength(34)
    expect(formerProvinces).toHaveLength(63)
    expect(new Set(formerProvinces.map((p) => p.code)).size).toBe(63)
    const fromData = Object.fromEntries(current.map((c) => [c.name, formerProvinces.filter((p) => p.current === c.name).map((p) => p.name).sort()]))
    expect(fromData).toEqual(Object.fromEntries(Object.entries(MERGED).map(([k, v]) => [k, [...v].sort()])))
  })

  it('reads a code the same way whether taken as current or former', () => {
    for (const unit of current) {
      const formerSameCode = formerProvinces.find((p) => p.code === unit.code)
      expect(formerSameCode?.current, unit.code).toBe(unit.name)
    }
  })

  it('has no spelling that points at two units', () => {
    expect(() => buildProvinceNames(current.map((p) => p.name))).not.toThrow()
  })
})

describe('makeProvinceMatcher', () => {
  it('finds all 34 current units by name, folded name, prefix and code', () => {
    for (const unit of provinces) {
      const prefix = unit.kind === 'city' ? 'Thành phố' : 'Tỉnh'
      const bare = unit.name.replace(/^Thành phố /, '')
      for (const written of [unit.name, foldVietnamese(unit.name), unit.name.toUpperCase(), `${prefix} ${bare}`, `  ${bare} `, unit.nameEn]) {
        expectUnit(written, unit.name, false)
      }
      expectUnit(unit.code, unit.name, false)
      expectUnit(Number(unit.code), unit.name, false)
      expectUnit(String(Number(unit.code)), unit.name, false)
    }
  })

  it('maps all 63 former units by name and code to the unit they are now part of', () => {
    for (const p of formerProvinces) {
      const isFormer = p.name !== p.current && !(p.code === '79')
      const bare = p.name.replace(/^TP /, '')
      for (const written of [p.name, foldVietnamese(p.name).toLowerCase(), `Tỉnh ${bare}`, `TP. ${bare}`, `T.P ${foldVietnamese(bare)}`]) {
        expectUnit(written, p.current, isFormer)
      }
      const keptCode = current.some((c) => c.code === p.code)
      expectUnit(p.code, p.current, !keptCode)
      expectUnit(Number(p.code), p.current, !keptCode)
    }
  })

  it('keeps what was written and names the unit it means', () => {
    const result = match('  hai   duong ')
    expect(result).toEqual({ ok: true, value: { asWritten: 'hai duong', currentName: 'Hải Phòng', former: true, namedUnit: 'Hải Dương', provinceId: idOf('Hải Phòng') } })
    const byCode = match(30)
    expect(byCode.ok && byCode.value).toMatchObject({ asWritten: '30', former: true, namedUnit: 'Hải Dương' })
  })

  it('accepts the usual variants', () => {
    const cases: [string, string][] = [
      ['TP.HCM', 'Thành phố Hồ Chí Minh'], ['TPHCM', 'Thành phố Hồ Chí Minh'], ['TP HCM', 'Thành phố Hồ Chí Minh'], ['HCM', 'Thành phố Hồ Chí Minh'],
      ['Hồ Chí Minh', 'Thành phố Hồ Chí Minh'], ['Tp. Hồ Chí Minh', 'Thành phố Hồ Chí Minh'], ['Sài Gòn', 'Thành phố Hồ Chí Minh'],
      ['Thừa Thiên - Huế', 'Huế'], ['Thừa Thiên Huế', 'Huế'], ['TT Huế', 'Huế'], ['TT-Huế', 'Huế'], ['Huế', 'Huế'], ['Thành phố Huế', 'Huế'],
      ['Bà Rịa - Vũng Tàu', 'Thành phố Hồ Chí Minh'], ['BR-VT', 'Thành phố Hồ Chí Minh'], ['Bà Rịa Vũng Tàu', 'Thành phố Hồ Chí Minh'],
      ['Đăk Lăk', 'Đắk Lắk'], ['Đắc Lắc', 'Đắk Lắk'], ['Dak Lak', 'Đắk Lắk'], ['Daklak', 'Đắk Lắk'],
      ['Đăk Nông', 'Lâm Đồng'], ['Đắc Nông', 'Lâm Đồng'], ['Hoà Bình', 'Phú Thọ'], ['Hòa Bình', 'Phú Thọ'],
      ['Bắc Cạn', 'Thái Nguyên'], ['Bắc Kạn', 'Thái Nguyên'], ['Kontum', 'Quảng Ngãi'], ['Thanh Hoá', 'Thanh Hóa'], ['Khánh Hoà', 'Khánh Hòa'],
      ['Hà Tây', 'Hà Nội'], ['Tỉnh Hà Tây', 'Hà Nội'],
    ]
    for (const [written, name] of cases) expectUnit(written, name)
    expectUnit('Hà Tây', 'Hà Nội', true)
    expectUnit('Thừa Thiên Huế', 'Huế', true)
    expectUnit('Huế', 'Huế', false)
    expectUnit('TPHCM', 'Thành phố Hồ Chí Minh', false)
  })

  it('rejects unknown names and near misses, and says what it accepts', () => {
    for (const written of ['Hà Tây 2', 'Ha Noii', 'Đà Nẵn', 'Bac Ninhh', 'Kon', 'Hồ Chí', 'Vũng Tàu', 'Bắc', 'Tỉnh', 'Thành phố', 'Hà Sơn Bình', 'Minh Hải', 'Sông Bé', '00', '0', '99', '03', '100', 1.5, '']) {
      const result = match(written)
      expect(result.ok, String(written)).toBe(false)
    }
    expect(match('Hà Tây 2')).toEqual({
      message: 'Không nhận ra tỉnh, thành phố "Hà Tây 2"; ghi tên hoặc mã một trong 34 tỉnh, thành phố hiện nay hoặc 63 tỉnh, thành phố trước ngày 01/7/2025.',
      ok: false,
    })
  })

  it('says so when the province list lacks the unit a name now belongs to', () => {
    const partial = makeProvinceMatcher(current.filter((c) => c.name !== 'Hải Phòng'))
    const result = partial('Hải Dương')
    expect(result.ok).toBe(false)
    expect(!result.ok && result.message).toContain('nay thuộc Hải Phòng')
  })
})
