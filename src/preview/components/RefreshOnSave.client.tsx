'use client'

import { RefreshRouteOnSave } from '@payloadcms/live-preview-react'
import { useRouter } from 'next/navigation'

/**
 * In live preview, re-renders the page each time the editor's autosave lands.
 * The admin that sends the messages is on this same origin, so the page's own
 * origin is the one to trust: a configured NEXT_PUBLIC_SERVER_URL that differs
 * (another port, a proxy) would otherwise make the preview ignore every save.
 */
export const RefreshOnSave = () => {
  const router = useRouter()
  return <RefreshRouteOnSave refresh={() => router.refresh()} serverURL={typeof window === 'undefined' ? '' : window.location.origin} />
}
