import type { CollectionBeforeChangeHook } from 'payload'

import { VIETNAM_TIME_ZONE } from '@/lib/dates/format'

/** The award year defaults to the decision's year in Vietnam's time zone. */
export const setAwardYear: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const decisionDate = data.decisionDate ?? originalDoc?.decisionDate
  if (!data.year && decisionDate) {
    data.year = Number(new Intl.DateTimeFormat('en', { timeZone: VIETNAM_TIME_ZONE, year: 'numeric' }).format(new Date(decisionDate)))
  }
  return data
}
