import type { Locale } from '@/i18n/locales'
import { localizePath, sitePaths } from '@/lib/urls/sitePaths'

/** The month view of the events calendar, `/su-kien/thang/2026-12` (a static segment, so no event slug can shadow it). */
export const eventsMonthPath = (locale: Locale, monthKey: string): string => localizePath(locale, `${sitePaths.events}/thang/${monthKey}`)
