import { VIETNAM_TIME_ZONE } from '@/lib/dates/format'
import { foldedWords } from '@/lib/text/words'

/**
 * A decision is the same decision when its number, its date (the day in
 * Vietnam) and its issuing body are: "12/QĐ-UBND" and "12/qđ-ubnd ", or
 * "UBND tỉnh Đắk Lắk" and "ubnd tinh dak lak", give one key. Imports look
 * decisions up by it, so importing a file twice creates nothing new.
 */
export const decisionKey = ({ date, issuer, number }: { date: Date | string; issuer: string; number: string }): string => {
  const day = new Intl.DateTimeFormat('en-CA', { day: '2-digit', month: '2-digit', timeZone: VIETNAM_TIME_ZONE, year: 'numeric' }).format(new Date(date))
  return [foldedWords(number).join('-'), day, foldedWords(issuer).join('-')].join('|')
}
