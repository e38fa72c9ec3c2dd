import { currentVariants, formerProvinces, olderProvinces } from './provinceHistory'
import { failed, foldKey, matched, type Match } from './result'

export type CurrentProvince = { id: number | string; name: string; code: string }

export type ProvinceMatch = {
  provinceId: number | string
  /** The current unit's name as the `provinces` collection has it. */
  currentName: string
  /** The cell trimmed, as written ("Hải Dương", "30"): kept on the record. */
  asWritten: string
  /** The unit the cell names, spelled properly ("Hải Dương" for "hai duong" or "30"). */
  namedUnit: string
  /** True when the cell names a unit that no longer exists under that name or code (Hải Dương, Thừa Thiên Huế, Hà Tây, code 30). */
  former: boolean
}

type Target = { current: string; namedUnit: string; former: boolean }

// Folded words that only say what kind of unit follows ("T.P" folds to "t p").
const PREFIXES = ['thanh pho', 'tinh', 'tp', 't p']

/** "TP. Hồ Chí Minh", "thanh pho ho chi minh", "Hồ Chí Minh" → "ho chi minh". */
export const provinceKey = (text: string): string => {
  const key = foldKey(text)
  for (const prefix of PREFIXES) if (key.startsWith(`${prefix} `)) return key.slice(prefix.length + 1)
  return key
}

/** Two-digit code from "1", "01", 1 or " 01 "; null when the cell is not a code. */
export const provinceCode = (input: number | string): null | string => {
  const text = typeof input === 'number' ? (Number.isInteger(input) ? String(input) : '') : input.trim()
  return /^\d{1,2}$/.test(text) && text !== '0' && text !== '00' ? text.padStart(2, '0') : null
}

/** Every name and variant → the current unit it belongs to. Throws on a key that would point at two units (a data mistake). */
export const buildProvinceNames = (currentNames: string[]): Map<string, Target> => {
  const names = new Map<string, Target>()
  const add = (written: string, target: Target) => {
    const key = provinceKey(written)
    const existing = names.get(key)
    if (existing && provinceKey(existing.current) !== provinceKey(target.current)) {
      throw new Error(`Province name "${written}" points at both ${existing.current} and ${target.current}`)
    }
    if (!existing || !target.former) names.set(key, target)
  }
  for (const p of [...formerProvinces, ...olderProvinces]) {
    const former = provinceKey(p.name) !== provinceKey(p.current)
    for (const written of [p.name, ...(p.variants ?? [])]) add(written, { current: p.current, former, namedUnit: p.name })
  }
  for (const [current, variants] of Object.entries(currentVariants)) {
    for (const written of variants) add(written, { current, former: false, namedUnit: current })
  }
  for (const name of currentNames) add(name, { current: name, former: false, namedUnit: name })
  return names
}

const formerByCode = new Map(formerProvinces.map((p) => [p.code, p]))

/**
 * Reads a province cell against the 34 current units: a current or former
 * name (with or without "Tỉnh", "Thành phố", "TP", tones or punctuation), a
 * known variant, or a code. A current code is the current unit; a former code
 * that no unit kept goes through its former province. Near misses are errors.
 */
export const makeProvinceMatcher = (current: CurrentProvince[]) => {
  const byKey = new Map(current.map((p) => [provinceKey(p.name), p]))
  const byCode = new Map(current.map((p) => [p.code.padStart(2, '0'), p]))
  const names = buildProvinceNames(current.map((p) => p.name))
  const accepted = `ghi tên hoặc mã một trong ${current.length} tỉnh, thành phố hiện nay hoặc ${formerProvinces.length} tỉnh, thành phố trước ngày 01/7/2025.`

  return (input: number | string): Match<ProvinceMatch> => {
    const asWritten = String(input).replace(/\s+/g, ' ').trim()
    if (!asWritten) return failed(`Chưa ghi tỉnh, thành phố; ${accepted}`)
    const code = provinceCode(input)
    let target: Target | undefined
    if (code) {
      const unit = byCode.get(code)
      const formerUnit = formerByCode.get(code)
      if (unit) target = { current: unit.name, former: false, namedUnit: unit.name }
      else if (formerUnit) target = { current: formerUnit.current, former: true, namedUnit: formerUnit.name }
    } else {
      target = names.get(provinceKey(asWritten))
    }
    if (!target) return failed(`Không nhận ra tỉnh, thành phố "${asWritten}"; ${accepted}`)
    const unit = byKey.get(provinceKey(target.current))
    if (!unit) return failed(`"${asWritten}" nay thuộc ${target.current}, nhưng danh mục tỉnh, thành phố chưa có đơn vị này.`)
    return matched({ asWritten, currentName: unit.name, former: target.former, namedUnit: target.namedUnit, provinceId: unit.id })
  }
}

export type ProvinceMatcher = ReturnType<typeof makeProvinceMatcher>
