import { escapeHtml } from '@/lib/html/escape'

/**
 * Inline and self-contained: a pack is opened from a folder with no network,
 * so no web font or stylesheet may be fetched. A4 with margins for printing;
 * navigation is left off paper.
 */
const STYLE = `
@page { size: A4; margin: 18mm 16mm 20mm; }
* { box-sizing: border-box; }
body { margin: 2rem auto; max-width: 46rem; padding: 0 1rem; color: #1b1b1b; font: 12pt/1.6 "Be Vietnam Pro", "Noto Sans", "Segoe UI", Arial, sans-serif; }
h1 { color: #8a1c12; font-size: 1.8em; line-height: 1.25; margin: .2em 0 .4em; }
h2 { border-bottom: 1px solid #ddd; font-size: 1.3em; margin-top: 1.6em; padding-bottom: .2em; }
h3 { font-size: 1.1em; }
a { color: #8a1c12; }
img { height: auto; max-width: 100%; }
figure img { max-height: 110mm; width: auto; }
figure { break-inside: avoid; margin: 1.2em 0; }
figcaption, .meta { color: #555; font-size: .9em; }
blockquote { border-left: 4px solid #d9b38c; margin: 1em 0; padding: .2em 1em; }
.box { background: #f7f3ee; border: 1px solid #e6dccf; border-radius: 4px; padding: .6em 1em; }
.box > h2:first-child { margin-top: .3em; }
.answer { margin: .3em 0 1em; }
.banner { background: #fff4d6; border: 2px solid #c98a00; padding: .6em 1em; }
nav.pager { border-top: 1px solid #ddd; display: flex; gap: 1em; justify-content: space-between; margin-top: 2em; padding-top: 1em; }
@media print {
  body { margin: 0; max-width: none; padding: 0; }
  nav.pager, .screen-only { display: none; }
  a { color: inherit; text-decoration: none; }
  h1, h2, h3 { break-after: avoid; }
  li, .answer { break-inside: avoid; }
}
`

/** A whole HTML document; `body` is already-escaped markup. */
export const htmlDocument = ({ body, lang, noindex = false, title }: { body: string; lang: string; noindex?: boolean; title: string }): string =>
  `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${noindex ? '<meta name="robots" content="noindex, nofollow">\n<meta name="referrer" content="no-referrer">\n' : ''}<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`
