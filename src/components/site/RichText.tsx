import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { RichText as LexicalRichText } from '@payloadcms/richtext-lexical/react'

/** Renders stored Lexical content as plain server-rendered HTML. */
export const RichText = ({ data }: { data: unknown }) =>
  data && typeof data === 'object' && 'root' in data ? <LexicalRichText className="prose" data={data as SerializedEditorState} /> : null
