import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { type JSXConvertersFunction, RichText as LexicalRichText } from '@payloadcms/richtext-lexical/react'

import type { Locale } from '@/i18n'
import { Figure, isMedia } from './Figure'

/**
 * Images in the text go through next/image like every other picture on the
 * site (resized, cached, right size for the screen) instead of Payload's
 * file route; they keep their caption and credit.
 */
const converters =
  (locale: Locale): JSXConvertersFunction =>
  ({ defaultConverters }) => {
    const fallback = defaultConverters.upload
    return {
      ...defaultConverters,
      // Other upload collections (the files library) keep Lexical's own rendering.
      upload: (args) => (args.node.relationTo === 'media' && isMedia(args.node.value) ? <Figure image={args.node.value} locale={locale} /> : typeof fallback === 'function' ? fallback(args) : null),
    }
  }

/** Renders stored Lexical content as plain server-rendered HTML. */
export const RichText = ({ data, lang, locale = 'vi' }: { data: unknown; lang?: string; locale?: Locale }) =>
  data && typeof data === 'object' && 'root' in data ? (
    <div lang={lang}>
      <LexicalRichText className="prose" converters={converters(locale)} data={data as SerializedEditorState} />
    </div>
  ) : null
