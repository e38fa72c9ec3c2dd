import { en } from './dictionaries/en'
import type { Dictionary } from './dictionaries/vi'
import { vi } from './dictionaries/vi'
import type { Locale } from './locales'

export type { Dictionary } from './dictionaries/vi'
export * from './locales'

const DICTIONARIES: Record<Locale, Dictionary> = { en, vi }

/** Every word of the site's chrome (not content) in the reader's language. */
export const dictionary = (locale: Locale): Dictionary => DICTIONARIES[locale]
