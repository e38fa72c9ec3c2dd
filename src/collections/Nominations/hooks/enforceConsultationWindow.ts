import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { formatDate } from '@/lib/dates/format'
import { defaultConsultationEnd } from '@/lib/working-days'
import type { Nomination } from '@/payload-types'

type Data = Partial<Nomination>

const refuse = (path: string, message: string): never => {
  throw new ValidationError({ collection: 'nominations', errors: [{ message, path }] })
}

const time = (value: unknown): number | null => (typeof value === 'string' || value instanceof Date ? new Date(value).getTime() : null)

/** An update carries only the changed fields; the rest comes from the stored document. */
const current = <K extends keyof Nomination>(data: Data, originalDoc: Data | undefined, key: K): Data[K] =>
  data[key] === undefined ? originalDoc?.[key] : data[key]

/**
 * The consultation window rules (Decree 98/2023/NĐ-CP art. 46): at least 10
 * working days, never cut short once announced, start fixed once open. A
 * nomination once published never returns to draft, so its record stays public.
 */
export const enforceConsultationWindow: CollectionBeforeChangeHook<Nomination> = ({ data, originalDoc }) => {
  const before = originalDoc as Data | undefined
  const wasOpened = Boolean(before?.status && before.status !== 'draft')
  const status = current(data, before, 'status') ?? 'draft'

  if (wasOpened && status === 'draft') refuse('status', 'Hồ sơ đã đưa ra lấy ý kiến thì không thể trở lại trạng thái nháp.')
  if (status === 'decided' && !current(data, before, 'decision')) refuse('decision', 'Cần chọn quyết định khen thưởng khi chuyển sang trạng thái "Đã quyết định".')
  if (status === 'draft') return data

  if (wasOpened) {
    if (data.opensAt !== undefined && time(data.opensAt) !== time(before?.opensAt)) refuse('opensAt', 'Không thể thay đổi thời điểm bắt đầu lấy ý kiến sau khi đã mở.')
    const previousEnd = time(before?.closesAt)
    const requestedEnd = time(data.closesAt)
    if (requestedEnd !== null && previousEnd !== null && requestedEnd < previousEnd) refuse('closesAt', 'Chỉ được gia hạn, không được rút ngắn thời hạn lấy ý kiến đã công bố.')
  }

  const opensAt = new Date(time(current(data, before, 'opensAt')) ?? Date.now())
  const minimumEnd = defaultConsultationEnd(opensAt)
  const closesAt = new Date(time(current(data, before, 'closesAt')) ?? minimumEnd.getTime())
  if (closesAt.getTime() < minimumEnd.getTime()) {
    refuse('closesAt', `Thời hạn lấy ý kiến tối thiểu 10 ngày làm việc: không được kết thúc trước 23:59 ngày ${formatDate(minimumEnd)} (giờ Việt Nam).`)
  }
  // Closing or deciding early would cut the announced consultation short just the same.
  const concludes = (status === 'closed' || status === 'decided') && before?.status !== status
  if (concludes && Date.now() <= closesAt.getTime()) refuse('status', `Chưa hết thời hạn lấy ý kiến (đến 23:59 ngày ${formatDate(closesAt)}); chỉ có thể rút hồ sơ trước thời hạn.`)
  return { ...data, closesAt: closesAt.toISOString(), opensAt: opensAt.toISOString() }
}
