import { rightsText } from './channel'
import type { FeedDocument, FeedRights } from './model'

type Author = { name?: string; url?: string; avatar?: string }
/** The parts of `feed`'s JSON Feed 1 output that change in 1.1; everything else passes through. */
type JsonFeedV1 = { author?: Author; items: ({ author?: Author } & Record<string, unknown>)[] } & Record<string, unknown>

/** JSON Feed has no rights field: an extension object (JSON Feed 1.1, "Extensions": `_` names) carries them. */
const rightsExtension = (rights: FeedRights) => ({ ...rights, text: rightsText(rights) })

/**
 * `feed` writes JSON Feed 1 (one `author`, no `language`, no attachments).
 * 1.1 replaces `author` with `authors`, adds `language`, and attachments
 * carry the image with its exact size; the items come back in the order
 * they were added, so they pair up with the document's entries by index.
 */
export const toJsonFeed11 = (json1: string, doc: FeedDocument, language: string): string => {
  // JSON.parse returns `any`; the type names only what is rewritten below.
  const { author, items, version: _version, ...feed } = JSON.parse(json1) as JsonFeedV1
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    ...feed,
    language,
    ...(author ? { authors: [author] } : {}),
    _rights: rightsExtension(doc.rights),
    items: items.map(({ author: _author, ...item }, index) => {
      const entry = doc.entries[index]
      return {
        ...item,
        authors: entry.authors.map((name) => ({ name })),
        ...(entry.image
          ? { attachments: [{ mime_type: entry.image.mimeType, size_in_bytes: entry.image.length, title: entry.image.title, url: entry.image.url }], image: entry.image.url }
          : {}),
        ...(entry.rights ? { _rights: rightsExtension(entry.rights) } : {}),
      }
    }),
  })
}
