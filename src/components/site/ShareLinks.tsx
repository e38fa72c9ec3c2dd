import { siteUrl } from '../../lib/paths'
import { CopyLink } from './CopyLink.client'

/**
 * Sharing without any third-party script: Facebook through its plain share
 * URL (opened only on click), the system share sheet on phones (which offers
 * Zalo where it is installed), and copy link.
 */
export const ShareLinks = ({ path, title }: { path: string; title: string }) => {
  const url = `${siteUrl()}${path}`
  return (
    <div aria-label="Chia sẻ" className="share" role="group">
      <a href={`https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`} rel="noopener noreferrer" target="_blank">
        Chia sẻ Facebook
      </a>
      <CopyLink title={title} url={url} />
    </div>
  )
}
