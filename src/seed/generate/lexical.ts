import { convertMarkdownToLexical, editorConfigFactory, EXPERIMENTAL_TableFeature } from '@payloadcms/richtext-lexical'
import type { SanitizedConfig } from 'payload'

type EditorConfig = Awaited<ReturnType<typeof editorConfigFactory.default>>

let editorConfig: Promise<EditorConfig> | undefined

/**
 * Seed text is written as paragraphs ("## " heading, "> " quote, "| a | b |"
 * table rows), which is Markdown; Lexical's own converter turns it into
 * editor state. Tables only appear in lessons, whose editor has them.
 */
export const toRichText = async ({ config, paragraphs }: { config: SanitizedConfig; paragraphs: string[] }) => {
  editorConfig ??= editorConfigFactory.fromFeatures({ config, features: ({ defaultFeatures }) => [...defaultFeatures, EXPERIMENTAL_TableFeature()] })
  return convertMarkdownToLexical({ editorConfig: await editorConfig, markdown: paragraphs.join('\n\n') })
}
