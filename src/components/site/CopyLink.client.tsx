'use client'

import { useState } from 'react'

/** Copies the page link; on phones also offers the system share sheet (Zalo, Messenger …). */
export const CopyLink = ({ title, url }: { title: string; url: string }) => {
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
        {copied ? 'Đã sao chép' : 'Sao chép liên kết'}
      </button>
      {canShare ? (
        <button onClick={() => navigator.share({ title, url }).catch(() => undefined)} type="button">
          Chia sẻ (Zalo, …)
        </button>
      ) : null}
      <span aria-live="polite" className="visually-hidden">
        {copied ? 'Đã sao chép liên kết vào bộ nhớ tạm' : ''}
      </span>
    </>
  )
}
