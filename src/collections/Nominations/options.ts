/** draft → open → closed → decided, or withdrawn at any point after opening. */
export const nominationStatuses = [
  { label: { en: 'Draft', vi: 'Nháp' }, value: 'draft' },
  { label: { en: 'Open for comments', vi: 'Đang lấy ý kiến' }, value: 'open' },
  { label: { en: 'Consultation closed', vi: 'Đã hết hạn lấy ý kiến' }, value: 'closed' },
  { label: { en: 'Decided', vi: 'Đã quyết định' }, value: 'decided' },
  { label: { en: 'Withdrawn', vi: 'Đã rút' }, value: 'withdrawn' },
]
