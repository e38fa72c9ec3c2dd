import { type Locale, NUMBER_LOCALE } from '@/i18n/locales'

const counts: Record<Locale, Intl.NumberFormat> = { en: new Intl.NumberFormat(NUMBER_LOCALE.en), vi: new Intl.NumberFormat(NUMBER_LOCALE.vi) }
const shares: Record<Locale, Intl.NumberFormat> = {
  en: new Intl.NumberFormat(NUMBER_LOCALE.en, { maximumFractionDigits: 1, minimumFractionDigits: 1, style: 'percent' }),
  vi: new Intl.NumberFormat(NUMBER_LOCALE.vi, { maximumFractionDigits: 1, minimumFractionDigits: 1, style: 'percent' }),
}

/** 1.234 in Vietnamese, 1,234 in English. */
export const formatCount = (value: number, locale: Locale): string => counts[locale].format(value)

/** A fraction as a percentage with one decimal (12,3% / 12.3%). */
export const formatShare = (fraction: number, locale: Locale): string => shares[locale].format(fraction)

/** part/whole, 0 when there is no whole (an empty selection has no shares, not NaN). */
export const shareOf = (part: number, whole: number): number => (whole > 0 ? part / whole : 0)
