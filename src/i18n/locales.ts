/** The site's languages: Vietnamese at the root, an English mirror under /en. */
export const LOCALES = ['vi', 'en'] as const
export type Locale = (typeof LOCALES)[number]

export const DEFAULT_LOCALE: Locale = 'vi'

export const isLocale = (value: unknown): value is Locale => typeof value === 'string' && (LOCALES as readonly string[]).includes(value)

/** The language a page is not in, for the switch and hreflang. */
export const otherLocale = (locale: Locale): Locale => (locale === 'vi' ? 'en' : 'vi')

/** Open Graph and number formatting tags per language. */
export const OG_LOCALE: Record<Locale, string> = { en: 'en_GB', vi: 'vi_VN' }
export const NUMBER_LOCALE: Record<Locale, string> = { en: 'en-GB', vi: 'vi-VN' }

/** Route params of every page under app/(frontend)/[locale]; an unknown value falls back to Vietnamese. */
export const localeOf = async (params: Promise<{ locale: string }>): Promise<Locale> => {
  const { locale } = await params
  return isLocale(locale) ? locale : DEFAULT_LOCALE
}
