import type { Metadata } from 'next'

import { localizePath } from '../lib/paths'
import type { Locale } from './locales'

/**
 * Canonical and hreflang links for a page that exists in both languages:
 * `path` is the Vietnamese path; the English mirror adds /en.
 */
export const alternatesFor = (locale: Locale, path: string): NonNullable<Metadata['alternates']> => ({
  canonical: localizePath(locale, path),
  languages: { en: localizePath('en', path), vi: path, 'x-default': path },
})
