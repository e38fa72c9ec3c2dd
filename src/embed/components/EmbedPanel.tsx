import { dictionary, type Locale } from '@/i18n'
import { iframeSnippet, scriptSnippet } from '../snippets'
import { siteUrl } from '@/lib/urls/sitePaths'
import { embedPathFor } from '../paths'
import { CodeBlock } from '@/components/CodeBlock'
import { CopyButton } from '@/components/CopyButton.client'

/**
 * "Nhúng / Embed": a preview and the three things a newsroom pastes. Closed
 * by default, so the preview iframe costs nothing until someone opens it.
 */
export const EmbedPanel = ({ locale, path, title }: { locale: Locale; path: string; title: string }) => {
  const t = dictionary(locale).embed
  const origin = siteUrl()
  const pageUrl = `${origin}${path}`
  const embedPath = `${embedPathFor(path.replace(/^\/en(?=\/)/, ''))}${locale === 'en' ? '?lang=en' : ''}`
  const embedUrl = `${origin}${embedPath}`
  const iframe = iframeSnippet({ embedUrl, title })
  const script = scriptSnippet({ embedUrl, origin, pageUrl, title })
  return (
    <details className="embed-panel">
      <summary>{t.heading}</summary>
      <p>{t.help}</p>
      {/* Relative, so the preview works whatever host name the site is reached by. */}
      <iframe className="embed-preview" height={360} loading="lazy" src={embedPath} title={`${t.preview}: ${title}`} />
      <CodeBlock code={script} label="script" />
      <CodeBlock code={iframe} label="iframe" />
      <div className="share" role="group" aria-label={t.heading}>
        <CopyButton copiedLabel={t.copied} label={t.copyScript} text={script} />
        <CopyButton copiedLabel={t.copied} label={t.copyIframe} text={iframe} />
        <CopyButton copiedLabel={t.copied} label={t.copyUrl} text={pageUrl} />
      </div>
    </details>
  )
}
