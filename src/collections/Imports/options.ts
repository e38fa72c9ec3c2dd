/** What a spreadsheet can bring in, in the order the admin offers them. */
export const importKinds = [
  { label: { en: 'Award decisions', vi: 'Quyết định khen thưởng' }, value: 'awards' },
  { label: { en: 'Exemplars', vi: 'Gương điển hình' }, value: 'exemplars' },
  { label: { en: 'Legal documents', vi: 'Văn bản' }, value: 'documents' },
  { label: { en: 'Emulation cluster scores', vi: 'Điểm thi đua cụm, khối' }, value: 'clusterScores' },
] as const

export type ImportKind = (typeof importKinds)[number]['value']

export const isImportKind = (value: unknown): value is ImportKind => importKinds.some((k) => k.value === value)

/** checked → queued → running → done; a check that found bad rows stays `rejected`, a crash is `failed`. */
export const importStatuses = [
  { label: { en: 'Checked', vi: 'Đã kiểm tra' }, value: 'checked' },
  { label: { en: 'Rejected rows', vi: 'Có dòng lỗi' }, value: 'rejected' },
  { label: { en: 'Queued', vi: 'Đang chờ' }, value: 'queued' },
  { label: { en: 'Running', vi: 'Đang nhập' }, value: 'running' },
  { label: { en: 'Done', vi: 'Hoàn tất' }, value: 'done' },
  { label: { en: 'Failed', vi: 'Thất bại' }, value: 'failed' },
] as const

export type ImportStatus = (typeof importStatuses)[number]['value']

/** The largest spreadsheet the import takes (CLI and admin): a CSV of ~160 000 award rows. */
export const IMPORT_MAX_BYTES = 50 * 1024 * 1024

/**
 * An .xlsx is read whole into memory (exceljs): 15 MB (~200 000 rows) takes
 * ~17 s and 1.7 GB; a 50 MB one ~71 s and more memory than Node's default
 * heap. Bigger workbooks are refused with the advice to split them or save
 * them as CSV UTF-8, which reads in seconds.
 */
export const IMPORT_MAX_XLSX_BYTES = 15 * 1024 * 1024
