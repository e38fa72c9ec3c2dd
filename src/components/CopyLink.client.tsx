'use client'

import { CopyButton } from './CopyButton.client'

type Labels = { copied: string; copiedAnnouncement: string; copy: string; native: string }

/** Copies the page link; on phones also offers the system share sheet (Zalo, Messenger …). */
export const CopyLink = ({ labels, title, url }: { labels: Labels; title: string; url: string }) => {
  const canShare = typeof navigator !== 'undefined' && 'share' in navigator
  return (
    <>
      <CopyButton announcement={labels.copiedAnnouncement} copiedLabel={labels.copied} label={labels.copy} text={url} />
      {canShare ? (
        <button onClick={() => navigator.share({ title, url }).catch(() => undefined)} type="button">
          {labels.native}
        </button>
      ) : null}
    </>
  )
}
