import { convertLexicalToHTML, defaultHTMLConverters, type HTMLConverters } from '@payloadcms/richtext-lexical/html'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { siteUrl } from '@/lib/urls/sitePaths'
import { publicPathFor } from '@/lib/urls/publicContent'
import { escapeHtml } from './escape'

const isEditorState = (value: unknown): value is SerializedEditorState => Boolean(value && typeof value === 'object' && 'root' in value)


type UploadedImage = { alt?: string | null; caption?: string | null; credit?: string | null; url?: string | null }

/** Where an image's `src` points: by default the stored file; course packs point at their own copy. */
export type ImageSrc = (media: UploadedImage & Record<string, unknown>) => string | null | undefined

/** Uploads render as the stored image (or `imageSrc`'s choice) with its alt text and caption. */
const uploadConverter =
  (imageSrc: ImageSrc): HTMLConverters['upload'] =>
  ({ node }) => {
    const value = (node as { value?: unknown }).value
    if (!value || typeof value !== 'object' || !('url' in value)) return ''
    const media = value as UploadedImage & Record<string, unknown>
    const src = imageSrc(media)
    if (!src) return ''
    const caption = [media.caption, media.credit ? `Ảnh: ${media.credit}` : ''].filter(Boolean).join(' ')
    return `<figure><img src="${escapeHtml(src)}" alt="${escapeHtml(media.alt ?? '')}">${caption ? `<figcaption>${escapeHtml(caption)}</figcaption>` : ''}</figure>`
  }

/**
 * Stored rich text as clean HTML for readers outside the site (feeds, embeds,
 * course packs): every link and image URL made absolute, so it works wherever
 * the HTML ends up (a relative `imageSrc`, as course packs use, stays relative).
 */
export const richTextToHtml = (data: unknown, { imageSrc = (media) => media.url }: { imageSrc?: ImageSrc } = {}): string => {
  if (!isEditorState(data)) return ''
  const html = convertLexicalToHTML({
    converters: ({ defaultConverters }) => ({
      ...defaultConverters,
      ...defaultHTMLConverters,
      upload: uploadConverter(imageSrc),
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
