import { embedPathFor } from '@/embed/paths'
import type { Locale } from '@/i18n/locales'
import { localizePath, sitePaths, siteUrl } from '@/lib/urls/sitePaths'
import { queryString } from './filters'

/** The page's public URL for a selection, at one chart's section when `slug` is given. */
export const statisticsPageUrl = ({ locale, params, slug }: { locale: Locale; params: Record<string, string>; slug?: string }): string =>
  `${siteUrl()}${localizePath(locale, sitePaths.statistics)}${queryString(params)}${slug ? `#${slug}` : ''}`

/** A chart's embed (relative): `/embed/thong-ke/<chart>?<filters>[&lang=en]`, under the page's own path as every embed is. */
export const statisticsEmbedPath = ({ locale, params, slug }: { locale: Locale; params: Record<string, string>; slug: string }): string =>
  `${embedPathFor(sitePaths.statistics)}/${slug}${queryString(locale === 'en' ? { ...params, lang: 'en' } : params)}`

/** The download of a selection: `/thong-ke/du-lieu.csv?<filters>` (or .xlsx), in the page's language. */
export const statisticsDownloadPath = ({ format, locale, params }: { format: 'csv' | 'xlsx'; locale: Locale; params: Record<string, string> }): string =>
  `${localizePath(locale, sitePaths.statistics)}/du-lieu.${format}${queryString(params)}`
