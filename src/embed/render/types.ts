import type { Locale } from '@/i18n/locales'
import type { SafeHtml } from '../html'
import type { EmbedOptions } from '../params'
import type { EmbedWords } from '../words'

/** What every renderer gets besides its document. */
export type RenderContext = { canonical: string; locale: Locale; options: EmbedOptions; siteName: string; words: EmbedWords }

export type Rendered = { body: SafeHtml; title: string }
