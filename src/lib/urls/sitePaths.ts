import type { Locale } from '@/i18n/locales'

/** Public URL paths (Vietnamese, the root), one place, used by pages, search, sitemap and (later) feeds. */
export const sitePaths = {
  article: (columnSlug: string, slug: string) => `/chuyen-muc/${columnSlug}/${slug}`,
  award: (slug: string) => `/khen-thuong/${slug}`,
  awards: '/khen-thuong',
  /** One emulation cluster or block; without a year, its latest scored year (src/clusters). */
  cluster: (slug: string, year?: number | string) => (year === undefined ? `/cum-khoi/${slug}` : `/cum-khoi/${slug}/${year}`),
  clusters: '/cum-khoi',
  column: (slug: string) => `/chuyen-muc/${slug}`,
  columns: '/chuyen-muc',
  consultation: (slug: string) => `/lay-y-kien/${slug}`,
  consultations: '/lay-y-kien',
  course: (slug: string) => `/dao-tao/${slug}`,
  coursePack: (slug: string) => `/dao-tao/${slug}/goi-tai-lieu.zip`,
  coursePreview: (token: string) => `/dao-tao/xem-truoc/${token}`,
  courses: '/dao-tao',
  document: (slug: string) => `/van-ban/${slug}`,
  documents: '/van-ban',
  event: (slug: string) => `/su-kien/${slug}`,
  /** One event as an iCalendar file ("add to calendar"). */
  eventIcs: (slug: string) => `/su-kien/${slug}/lich.ics`,
  events: '/su-kien',
  /** The subscribable calendar of published events (src/events). */
  eventsCalendar: '/su-kien/lich.ics',
  exemplar: (slug: string) => `/guong-dien-hinh/${slug}`,
  exemplars: '/guong-dien-hinh',
  /** Lesson attachments go through a counting redirect (src/training/downloads). */
  fileDownload: (id: string) => `/dao-tao/tai-ve/${encodeURIComponent(id)}`,
  home: '/',
  lesson: (courseSlug: string, slug: string) => `/dao-tao/${courseSlug}/${slug}`,
  movement: (slug: string) => `/phong-trao/${slug}`,
  movements: '/phong-trao',
  partners: '/doi-tac',
  procedure: (slug: string) => `/thu-tuc/${slug}`,
  procedures: '/thu-tuc',
  search: '/tim-kiem',
  /** Figures by year, form, province, sector and movement (src/statistics). */
  statistics: '/thong-ke',
} as const

type SitePaths = { [K in keyof typeof sitePaths]: (typeof sitePaths)[K] extends string ? string : (typeof sitePaths)[K] }

/** A Vietnamese path in the reader's language: the English mirror lives under /en with the same slugs. */
export const localizePath = (locale: Locale, path: string): string => (locale === 'vi' ? path : path === '/' ? '/en' : `/en${path}`)

/** A site path without its /en prefix, to move between the two languages. */
export const unlocalizePath = (path: string): string => (path === '/en' ? '/' : path.startsWith('/en/') ? path.slice(3) : path)

const localized = (locale: Locale): SitePaths =>
  Object.fromEntries(
    Object.entries(sitePaths).map(([key, value]) => [key, typeof value === 'string' ? localizePath(locale, value) : (...args: string[]) => localizePath(locale, (value as (...a: string[]) => string)(...args))]),
  ) as SitePaths

const PATHS: Record<Locale, SitePaths> = { en: localized('en'), vi: sitePaths }

/** `sitePaths` for one language. */
export const pathsFor = (locale: Locale): SitePaths => PATHS[locale]

export const siteUrl = (): string => (process.env.NEXT_PUBLIC_SERVER_URL ?? 'http://localhost:3000').replace(/\/$/, '')
