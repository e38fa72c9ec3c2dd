import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { RichText as LexicalRichText } from '@payloadcms/richtext-lexical/react'

/** Renders stored Lexical content as plain server-rendered HTML. */
export const RichText = ({ data, lang }: { data: unknown; lang?: string }) =>
  data && typeof data === 'object' && 'root' in data ? (
    <div lang={lang}>
      <LexicalRichText className="prose" data={data as SerializedEditorState} />
    </div>
  ) : null
