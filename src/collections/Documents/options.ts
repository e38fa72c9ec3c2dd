export const documentTypes = [
  { label: { en: 'Directive', vi: 'Chỉ thị' }, value: 'directive' },
  { label: { en: 'Resolution', vi: 'Nghị quyết' }, value: 'resolution' },
  { label: { en: 'Law', vi: 'Luật' }, value: 'law' },
  { label: { en: 'Decree', vi: 'Nghị định' }, value: 'decree' },
  { label: { en: 'Circular', vi: 'Thông tư' }, value: 'circular' },
  { label: { en: 'Plan', vi: 'Kế hoạch' }, value: 'plan' },
  { label: { en: 'Decision', vi: 'Quyết định' }, value: 'decision' },
  { label: { en: 'Guidance', vi: 'Hướng dẫn' }, value: 'guidance' },
  { label: { en: 'Other', vi: 'Khác' }, value: 'other' },
]

export const documentStatuses = [
  { label: { en: 'In force', vi: 'Còn hiệu lực' }, value: 'inForce' },
  { label: { en: 'Amended', vi: 'Đã được sửa đổi, bổ sung' }, value: 'amended' },
  { label: { en: 'Expired', vi: 'Hết hiệu lực' }, value: 'expired' },
]
