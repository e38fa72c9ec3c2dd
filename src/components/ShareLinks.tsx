import { dictionary, type Locale } from '@/i18n'
import { siteUrl } from '@/lib/urls/sitePaths'
import { CopyLink } from './CopyLink.client'

/**
 * Sharing without any third-party script: Facebook through its plain share
 * URL (opened only on click), the system share sheet on phones (which offers
 * Zalo where it is installed), and copy link.
 */
export const ShareLinks = ({ locale, path, title }: { locale: Locale; path: string; title: string }) => {
  const url = `${siteUrl()}${path}`
  const t = dictionary(locale).share
  return (
    <div aria-label={t.group} className="share" role="group">
      <a href={`https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`} rel="noopener noreferrer" target="_blank">
        {t.facebook}
      </a>
      <CopyLink labels={{ copied: t.copied, copiedAnnouncement: t.copiedAnnouncement, copy: t.copy, native: t.native }} title={title} url={url} />
    </div>
  )
}
