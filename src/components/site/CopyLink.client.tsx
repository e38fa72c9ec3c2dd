'use client'

import { useState } from 'react'

/** Copies the page link; on phones also offers the system share sheet (Zalo, Messenger …). */
type Labels = { copied: string; copiedAnnouncement: string; copy: string; native: string }

export const CopyLink = ({ labels, title, url }: { labels: Labels; title: string; url: string }) => {
  const [copied, setCopied] = useState(false)
  const canShare = typeof navigator !== 'undefined' && 'share' in navigator
  return (
    <>
      <button
        onClick={async () => {
          await navigator.clipboard.writeText(url)
          setCopied(true)
        }}
        type="button"
      >
        {copied ? labels.copied : labels.copy}
      </button>
      {canShare ? (
        <button onClick={() => navigator.share({ title, url }).catch(() => undefined)} type="button">
          {labels.native}
        </button>
      ) : null}
      <span aria-live="polite" className="visually-hidden">
        {copied ? labels.copiedAnnouncement : ''}
      </span>
    </>
  )
}
