import { formatDateTime } from '@/lib/dates/format'
import type { Opinion } from '@/payload-types'

export const OPINION_EXPORT_HEADER = ['STT', 'Thời điểm gửi (giờ Việt Nam)', 'Họ và tên', 'Liên hệ', 'Địa chỉ / đơn vị', 'Ý kiến', 'Nội dung', 'Đã xem xét']

const STANCE_LABELS: Record<Opinion['stance'], string> = { agree: 'Đồng ý', disagree: 'Không đồng ý', other: 'Ý kiến khác' }

/** What the council reads, in the order received: the same cells for CSV and XLSX. */
export const opinionRows = (opinions: Opinion[]): string[][] =>
  opinions.map((o, index) => [String(index + 1), formatDateTime(o.createdAt), o.fullName, o.contact, o.address, STANCE_LABELS[o.stance] ?? o.stance, o.text, o.reviewed ? 'Có' : 'Không'])
