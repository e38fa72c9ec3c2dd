import { Feed, type Item } from 'feed'

import { escapeHtml } from '@/lib/html/escape'
import { siteUrl } from '@/lib/urls/sitePaths'
import { feedPath, type FeedFormat } from './paths'
import { finishAtom } from './atom'
import { rightsText } from './channel'
import { toJsonFeed11 } from './jsonFeed'
import type { FeedDocument, FeedEntry } from './model'

const LANGUAGE = 'vi'

/**
 * Atom's title and summary are declared `type="html"` by `feed`, and RSS's
 * description is HTML by convention, so plain text is escaped there; JSON
 * Feed's `title` and `summary` are plain text and stay as written.
 */
const itemFor = (entry: FeedEntry, format: FeedFormat): Item => {
  const html = format !== 'json'
  return {
    author: entry.authors.map((name) => ({ name })),
    category: entry.categories.map((name) => ({ name, term: name })),
    content: entry.contentHtml,
    copyright: entry.rights ? rightsText(entry.rights) : undefined,
    date: new Date(entry.updated),
    description: entry.summary ? (html ? escapeHtml(entry.summary) : entry.summary) : undefined,
    // RSS and Atom carry the image as an enclosure; JSON Feed gets attachments in toJsonFeed11.
    enclosure: entry.image && format !== 'json' ? { length: entry.image.length, type: entry.image.mimeType, url: entry.image.url } : undefined,
    id: entry.id,
    link: entry.link,
    published: new Date(entry.published),
    title: format === 'atom' ? escapeHtml(entry.title) : entry.title,
  }
}

const feedFor = (doc: FeedDocument, format: FeedFormat): Feed => {
  const links = { atom: `${siteUrl()}${feedPath(doc.name, 'atom')}`, json: `${siteUrl()}${feedPath(doc.name, 'json')}`, rss: `${siteUrl()}${feedPath(doc.name, 'rss')}` }
  const feed = new Feed({
    author: { link: siteUrl(), name: doc.publisher },
    copyright: rightsText(doc.rights),
    description: doc.description,
    favicon: `${siteUrl()}/icon.png`,
    feedLinks: links,
    // Left out: it would only advertise the library.
    generator: false,
    // The Atom URL is unique to this feed and never changes with the site's pages.
    id: links.atom,
    image: `${siteUrl()}/icon.png`,
    language: LANGUAGE,
    link: doc.link,
    title: doc.title,
    updated: new Date(doc.updated),
  })
  for (const entry of doc.entries) feed.addItem(itemFor(entry, format))
  return feed
}

/** The feed's body in one format. Deterministic: the same document gives the same bytes (the ETag relies on it). */
export const renderFeed = (doc: FeedDocument, format: FeedFormat): string => {
  const feed = feedFor(doc, format)
  if (format === 'rss') return feed.rss2()
  if (format === 'atom') return finishAtom(feed.atom1(), doc, LANGUAGE)
  return toJsonFeed11(feed.json1(), doc, LANGUAGE)
}
