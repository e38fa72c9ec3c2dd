import type { RowIssue } from '@/import/types'
import { foldName, type Lookups } from '../lookups'
import type { AwardRow } from './rows'

/**
 * The profile a recipient names: the one exemplar with the same name and
 * kind whose province and unit agree wherever both sides give one. Two or
 * more such profiles are never merged silently: the recipient stays
 * unlinked and the report says which row to look at.
 */
export const linkProfile = ({ lookups, recipient, row, warnings }: { lookups: Lookups; recipient: AwardRow['recipient']; row: number; warnings: RowIssue[] }): number | string | null => {
  const unit = foldName(recipient.unit)
  const candidates = (lookups.exemplarsByName.get(foldName(recipient.name)) ?? []).filter(
    (c) =>
      c.kind === recipient.kind &&
      (recipient.province === undefined || c.province === null || String(c.province) === String(recipient.province)) &&
      (!unit || !c.organization || c.organization === unit),
  )
  if (candidates.length === 1) return candidates[0].id
  if (candidates.length > 1) {
    warnings.push({
      column: 'Tên cá nhân, tập thể được khen',
      message: `"${recipient.name}" trùng với ${candidates.length} hồ sơ gương điển hình cùng tên; chưa liên kết hồ sơ nào (ghi là người được khen khác). Ghi rõ đơn vị, tỉnh để phân biệt, hoặc liên kết trong trang quản trị.`,
      row,
    })
  }
  return null
}
