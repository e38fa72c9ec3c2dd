/** What happens to a consultation's opinions once their retention period is over. */
export const retentionModes: { label: { en: string; vi: string }; value: 'anonymise' | 'delete' }[] = [
  { label: { en: 'Anonymise: keep stance, text and dates; clear name, contact and address', vi: 'Ẩn danh: giữ loại ý kiến, nội dung, thời điểm; xoá họ tên, liên hệ, địa chỉ' }, value: 'anonymise' },
  { label: { en: 'Delete the opinions', vi: 'Xoá hẳn ý kiến' }, value: 'delete' },
]

export type RetentionMode = (typeof retentionModes)[number]['value']
export type Retention = { mode: RetentionMode; months: number }

/** Used until an editor saves the setting; a year covers complaints about a decision and its review. */
export const RETENTION_DEFAULTS: Retention = { mode: 'anonymise', months: 12 }
export const RETENTION_LIMITS = { maxMonths: 120, minMonths: 1 } as const

/** The stored setting with its defaults filled in (a global never saved reads as empty). */
export const retentionOf = (stored: { mode?: string | null; months?: number | null } | null | undefined): Retention => ({
  mode: stored?.mode === 'delete' ? 'delete' : 'anonymise',
  months: typeof stored?.months === 'number' && stored.months >= RETENTION_LIMITS.minMonths ? Math.round(stored.months) : RETENTION_DEFAULTS.months,
})
