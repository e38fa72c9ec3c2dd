import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { SanitizedConfig } from 'payload'

type EditorConfig = Awaited<ReturnType<typeof editorConfigFactory.default>>

let editorConfig: Promise<EditorConfig> | undefined

/**
 * Seed text is written as paragraphs ("## " heading, "> " quote), which is
 * Markdown; Lexical's own converter turns it into editor state.
 */
export const toRichText = async ({ config, paragraphs }: { config: SanitizedConfig; paragraphs: string[] }) => {
  editorConfig ??= editorConfigFactory.default({ config })
  return convertMarkdownToLexical({ editorConfig: await editorConfig, markdown: paragraphs.join('\n\n') })
}
