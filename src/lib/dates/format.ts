/** Every date a reader sees is dd/mm/yyyy in Vietnam's time zone. */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh'

const dayMonthYear = new Intl.DateTimeFormat('en-GB', {
  day: '2-digit',
  month: '2-digit',
  timeZone: VIETNAM_TIME_ZONE,
  year: 'numeric',
})

export const formatDate = (value: Date | string | null | undefined): string => {
  if (!value) return ''
  const date = typeof value === 'string' ? new Date(value) : value
  return Number.isNaN(date.getTime()) ? '' : dayMonthYear.format(date)
}

/** `YYYY-MM-DD` read as midnight in Vietnam, as an ISO instant. */
export const vietnamMidnight = (isoDate: string): string => new Date(`${isoDate}T00:00:00+07:00`).toISOString()

const dayMonthYearTime = new Intl.DateTimeFormat('en-GB', { day: '2-digit', hour: '2-digit', hourCycle: 'h23', minute: '2-digit', month: '2-digit', timeZone: VIETNAM_TIME_ZONE, year: 'numeric' })

/** `dd/mm/yyyy HH:mm` in Vietnam's time: when an opinion arrived, when a window closes. */
export const formatDateTime = (value: Date | string | null | undefined): string => {
  if (!value) return ''
  const date = typeof value === 'string' ? new Date(value) : value
  return Number.isNaN(date.getTime()) ? '' : dayMonthYearTime.format(date).replace(',', '')
}

const isoDay = new Intl.DateTimeFormat('en-CA', { day: '2-digit', month: '2-digit', timeZone: VIETNAM_TIME_ZONE, year: 'numeric' })

/** `YYYY-MM-DD` in Vietnam's time zone: counters (API usage, downloads) are kept per Vietnamese calendar day. */
export const vietnamDay = (date = new Date()): string => isoDay.format(date)
