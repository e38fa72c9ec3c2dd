import { convertLexicalToHTML, defaultHTMLConverters, type HTMLConverters } from '@payloadcms/richtext-lexical/html'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { publicPathFor, siteUrl } from '../paths'
import { escapeHtml } from './escape'

const isEditorState = (value: unknown): value is SerializedEditorState => Boolean(value && typeof value === 'object' && 'root' in value)


/** Internal links point at the document's public page; uploads at the stored file, with their alt text. */
const converters: HTMLConverters = {
  ...defaultHTMLConverters,
  upload: ({ node }) => {
    const value = (node as { value?: unknown }).value
    if (!value || typeof value !== 'object' || !('url' in value)) return ''
    const media = value as { alt?: string | null; caption?: string | null; credit?: string | null; url?: string | null }
    if (!media.url) return ''
    const caption = [media.caption, media.credit ? `Ảnh: ${media.credit}` : ''].filter(Boolean).join(' ')
    return `<figure><img src="${escapeHtml(media.url)}" alt="${escapeHtml(media.alt ?? '')}">${caption ? `<figcaption>${escapeHtml(caption)}</figcaption>` : ''}</figure>`
  },
}

/**
 * Stored rich text as clean HTML for readers outside the site (feeds, embeds,
 * course packs): every link and image URL made absolute, so it works wherever
 * the HTML ends up.
 */
export const richTextToHtml = (data: unknown): string => {
  if (!isEditorState(data)) return ''
  const html = convertLexicalToHTML({
    converters: ({ defaultConverters }) => ({
      ...defaultConverters,
      ...converters,
      link: (args) => {
        const fields = (args.node as { fields?: { doc?: { relationTo?: string; value?: unknown }; linkType?: string } }).fields
        const target = fields?.linkType === 'internal' && fields.doc?.value && typeof fields.doc.value === 'object' ? publicPathFor(fields.doc.relationTo ?? '', fields.doc.value as Record<string, unknown>) : null
        const inner = defaultConverters.link
        const rendered = typeof inner === 'function' ? inner(args) : ''
        return target ? rendered.replace(/href="[^"]*"/, `href="${escapeHtml(target)}"`) : rendered
      },
    }),
    data,
    disableContainer: true,
  })
  return html.replace(/\b(href|src)="\/(?!\/)/g, `$1="${siteUrl()}/`)
}
