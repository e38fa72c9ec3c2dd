import { toCsv } from '../../lib/register/csv'
import type { Opinion } from '../../payload-types'

const HEADER = ['Thời điểm gửi', 'Họ và tên', 'Liên hệ', 'Địa chỉ / đơn vị', 'Ý kiến', 'Nội dung', 'Đã xem xét']
const STANCE_LABELS: Record<Opinion['stance'], string> = { agree: 'Đồng ý', disagree: 'Không đồng ý', other: 'Ý kiến khác' }

/** Opinions for moderators' spreadsheets, through the register's formula-safe CSV writer. */
export const opinionsToCsv = (opinions: Opinion[]): string =>
  toCsv([HEADER, ...opinions.map((o) => [o.createdAt, o.fullName, o.contact, o.address, STANCE_LABELS[o.stance] ?? o.stance, o.text, o.reviewed ? 'Có' : 'Không'])])
