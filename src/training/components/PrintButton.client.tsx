'use client'

import { useEffect, useState } from 'react'

/** Opens the print dialog; shown only once scripts run (without them, the browser's own Print does the same). */
export const PrintButton = ({ label }: { label: string }) => {
  const [ready, setReady] = useState(false)
  useEffect(() => setReady(true), [])
  return ready ? (
    <button className="link-button" onClick={() => window.print()} type="button">
      {label}
    </button>
  ) : null
}
