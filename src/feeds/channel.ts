import { dictionary } from '@/i18n'
import { siteUrl } from '@/lib/urls/sitePaths'
import type { readFeedSettings } from './queries'
import type { FeedName } from './paths'
import type { Column } from '@/payload-types'
import { laterOf } from './items'
import type { FeedDocument, FeedEntry, FeedRights } from './model'

export type FeedSettings = Awaited<ReturnType<typeof readFeedSettings>>

const words = dictionary('vi')

/** The office named in site settings, else the site's name. */
export const publisherOf = (settings: FeedSettings): string => settings.contact?.organization?.trim() || settings.siteName?.trim() || words.site.brand

/** The site-wide default, for feeds that are not one column's. */
export const siteRights = (settings: FeedSettings): FeedRights => ({ holder: publisherOf(settings), licence: settings.defaultImageLicence ?? undefined })

/** A column's own licence and attribution; its missing parts fall back to the site's. */
export const columnRights = (column: Pick<Column, 'attribution' | 'licence'>, settings: FeedSettings): FeedRights => ({
  attribution: column.attribution?.trim() || undefined,
  holder: publisherOf(settings),
  licence: column.licence?.trim() || settings.defaultImageLicence || undefined,
})

const sentence = (text: string) => (/[.!?…]$/.test(text) ? text : `${text}.`)

/** One line for `<copyright>` and `<rights>`: holder, licence, attribution. */
export const rightsText = (rights: FeedRights): string =>
  [`© ${rights.holder}`, rights.licence ? `${words.licence.prefix} ${rights.licence}` : '', rights.attribution ?? '']
    .filter(Boolean)
    .map(sentence)
    .join(' ')

export const sameRights = (a: FeedRights, b: FeedRights): boolean => rightsText(a) === rightsText(b)

/**
 * Assembles a feed. `updated` is the newest change among the entries, the
 * settings (they supply the rights text) and any other shown document (the
 * column), so it moves whenever the body does: it becomes Last-Modified.
 */
export const feedDocument = ({
  also = [],
  description,
  entries,
  name,
  rights,
  settings,
  sitePath,
  title,
}: {
  also?: (string | null | undefined)[]
  description: string
  entries: FeedEntry[]
  name: FeedName
  rights: FeedRights
  settings: FeedSettings
  sitePath: string
  title: string
}): FeedDocument => ({
  description,
  entries,
  link: `${siteUrl()}${sitePath}`,
  name,
  publisher: publisherOf(settings),
  rights,
  title: `${title} – ${settings.siteName?.trim() || words.site.brand}`,
  updated: laterOf(...entries.map((e) => e.updated), settings.updatedAt, ...also),
})
