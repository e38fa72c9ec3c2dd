import { CodeBlock } from '@/components/CodeBlock'
import { CopyButton } from '@/components/CopyButton.client'
import { iframeSnippet, scriptSnippet } from '@/embed/snippets'
import { dictionary, type Locale } from '@/i18n'
import { siteUrl } from '@/lib/urls/sitePaths'
import { statisticsEmbedPath, statisticsPageUrl } from '../paths'

/**
 * The site's embed panel for one chart of one selection (the shared
 * EmbedPanel derives the embed from a page path; a chart is a section of
 * one, so its embed address is given here). Closed by default: the preview
 * frame loads only when someone opens it.
 */
export const ChartEmbed = ({ locale, params, slug, title }: { locale: Locale; params: Record<string, string>; slug: string; title: string }) => {
  const t = dictionary(locale).embed
  const origin = siteUrl()
  const embedPath = statisticsEmbedPath({ locale, params, slug })
  const embedUrl = `${origin}${embedPath}`
  const iframe = iframeSnippet({ embedUrl, height: 560, title })
  const script = scriptSnippet({ embedUrl, origin, pageUrl: statisticsPageUrl({ locale, params, slug }), title })
  return (
    <details className="embed-panel">
      <summary>
        {t.heading}
        <span className="visually-hidden">: {title}</span>
      </summary>
      <p>{t.help}</p>
      <iframe className="embed-preview" height={420} loading="lazy" src={embedPath} title={`${t.preview}: ${title}`} />
      <CodeBlock code={script} label="script" />
      <CodeBlock code={iframe} label="iframe" />
      <div aria-label={t.heading} className="share" role="group">
        <CopyButton copiedLabel={t.copied} label={t.copyScript} text={script} />
        <CopyButton copiedLabel={t.copied} label={t.copyIframe} text={iframe} />
        <CopyButton copiedLabel={t.copied} label={t.copyUrl} text={statisticsPageUrl({ locale, params, slug })} />
      </div>
    </details>
  )
}
