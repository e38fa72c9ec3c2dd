import type { CollectionBeforeValidateHook } from 'payload'
import { ValidationError } from 'payload'

/** An event cannot end before it starts: refused with the field named, a 400 not a 500. */
export const validateEventDates: CollectionBeforeValidateHook = ({ data, originalDoc }) => {
  const start = data?.start ?? originalDoc?.start
  const end = data?.end === undefined ? originalDoc?.end : data.end
  if (start && end && new Date(end).getTime() < new Date(start).getTime()) {
    throw new ValidationError({
      collection: 'events',
      errors: [{ message: 'Thời điểm kết thúc phải sau thời điểm bắt đầu (the end must come after the start).', path: 'end' }],
    })
  }
  return data
}
