import { PUBLIC_CONTENT, PUBLIC_CONTENT_SLUGS } from '@/lib/urls/publicContent'

/** The public content the site search indexes, in the order the search page offers it. */
export const SEARCHABLE = PUBLIC_CONTENT_SLUGS.filter((slug) => PUBLIC_CONTENT[slug].searchable)
