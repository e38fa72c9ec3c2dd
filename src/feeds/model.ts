import type { FeedName } from './paths'

/**
 * One feed, independent of its format: builders produce it, renderers turn it
 * into RSS, Atom or JSON Feed. Dates are ISO strings because a built feed is
 * cached as JSON (unstable_cache), where Date objects would not survive.
 */
export type FeedDocument = {
  name: FeedName
  title: string
  description: string
  /** The site page the feed mirrors (absolute). */
  link: string
  /** Who publishes the feed: the office in site settings, or the site name. */
  publisher: string
  rights: FeedRights
  /** The newest change among the entries and the settings the feed shows: Last-Modified. */
  updated: string
  entries: FeedEntry[]
}

export type FeedEntry = {
  /** Stable across slug edits (see entryId). */
  id: string
  title: string
  /** Absolute URL of the public page. */
  link: string
  /** Plain text. */
  summary: string
  /** Clean HTML with absolute URLs. */
  contentHtml: string
  authors: string[]
  categories: string[]
  published: string
  updated: string
  image?: FeedImage
  /** Set only where it differs from the feed's own rights (articles from several columns). */
  rights?: FeedRights
}

/** One exact image file: `length` is that file's size in bytes, as enclosures require. */
export type FeedImage = { url: string; mimeType: string; length: number; title: string }

/** Who holds the rights, under which licence, and how republishers must credit. */
export type FeedRights = { holder: string; licence?: string; attribution?: string }
