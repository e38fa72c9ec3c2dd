import { createHash } from 'node:crypto'

import type { Locale } from '@/i18n/locales'
import { HEIGHT_SCRIPT } from './height-script'
import { html, type SafeHtml, trusted } from './html'
import type { EmbedTheme, EmbedVariant } from './params'
import { EMBED_CSS } from './styles'

const sha256 = (source: string) => `'sha256-${createHash('sha256').update(source).digest('base64')}'`

/**
 * Anyone may frame an embed; nothing else is allowed but our one stylesheet
 * and one script (by hash: both are static), and images from our origin.
 */
export const EMBED_CSP = [
  "default-src 'none'",
  `style-src ${sha256(EMBED_CSS)}`,
  `script-src ${sha256(HEIGHT_SCRIPT)}`,
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  'frame-ancestors *',
].join('; ')

type Shell = { body: SafeHtml; canonical?: string; locale: Locale; theme: EmbedTheme; title: string; variant: EmbedVariant }

/** A whole embed page: light markup, critical CSS inline, no framework, one small script. */
export const embedDocument = ({ body, canonical, locale, theme, title, variant }: Shell): string =>
  html`<!doctype html>
<html lang="${locale}" class="${theme} ${variant}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${title}</title>${canonical ? html`<link rel="canonical" href="${canonical}">` : ''}<style>${trusted(EMBED_CSS)}</style></head>
<body>${body}<script>${trusted(HEIGHT_SCRIPT)}</script></body></html>`.value
