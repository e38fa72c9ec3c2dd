'use client'

import { useState } from 'react'

/** Copies a fixed text and says so to screen readers. */
export const CopyButton = ({ announcement, copiedLabel, label, text }: { announcement?: string; copiedLabel: string; label: string; text: string }) => {
  const [copied, setCopied] = useState(false)
  return (
    <>
      <button
        onClick={async () => {
          await navigator.clipboard.writeText(text)
          setCopied(true)
        }}
        type="button"
      >
        {copied ? copiedLabel : label}
      </button>
      <span aria-live="polite" className="visually-hidden">
        {copied ? (announcement ?? copiedLabel) : ''}
      </span>
    </>
  )
}
