import { servedOverHttps } from '@/lib/urls/publicUrl'

/**
 * The admin session cookie: HttpOnly (Payload always sets it), SameSite=Lax
 * (sent on top-level navigation back to the admin, never on cross-site
 * posts or frames), and Secure when the site is served over https. The
 * public URL is the one the build fixed (NEXT_PUBLIC_SERVER_URL, see
 * src/lib/urls/publicUrl.ts); over plain http a Secure cookie would never
 * come back, and nobody could sign in to a local or intranet install.
 */
export const sessionCookie = (publicUrl?: string) => ({ sameSite: 'Lax' as const, secure: servedOverHttps(publicUrl) })
