/**
 * Every response's security headers, from one place (read by next.config.ts).
 * Next applies the rules in order and a later rule's header replaces an
 * earlier one's, so the site policy comes first and the admin's after it.
 *
 * Scripts: public pages are prerendered and served from cache, so a nonce is
 * impossible (it would have to change per response) and the inline scripts
 * Next writes into each page (the RSC payload) differ per page and per build,
 * so hashes cannot be listed ahead either. `script-src 'self' 'unsafe-inline'`
 * is what remains: no other origin, no eval, no plugins, no <base> hijack, no
 * form posting elsewhere. React escapes everything we render, and rich text
 * goes through our own HTML serializer.
 */

// Relative, not '@/…': next.config.ts loads this file before any path alias exists.
import { servedOverHttps } from '../urls/publicUrl'

type Header = { key: string; value: string }
export type HeaderRule = { headers: Header[]; source: string }

const policy = (directives: string[]) => directives.join('; ')

const SHARED_DIRECTIVES = [
  "default-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  // The admin's live preview frames our pages; nobody else may (embeds send their own policy).
  "frame-ancestors 'self'",
  "frame-src 'self'",
  "connect-src 'self'",
  "font-src 'self'",
  "manifest-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
]

/** The public site: our own scripts (and Next's inline bootstrap), our styles, our images. */
export const SITE_CSP = policy([...SHARED_DIRECTIVES, "img-src 'self' data:", "media-src 'self'", "worker-src 'none'"])

/** The admin also previews uploads from blob: URLs before they are sent, and Payload's bundles start workers from blob:. */
export const ADMIN_CSP = policy([...SHARED_DIRECTIVES, "img-src 'self' data: blob:", "media-src 'self' blob:", "worker-src 'self' blob:"])

/** Browser features the site never uses, switched off for it and anything it frames. */
const PERMISSIONS_POLICY = ['accelerometer', 'autoplay', 'camera', 'display-capture', 'geolocation', 'gyroscope', 'hid', 'magnetometer', 'microphone', 'midi', 'payment', 'serial', 'usb', 'xr-spatial-tracking']
  .map((feature) => `${feature}=()`)
  .join(', ')

const NOT_EMBED = '/:path((?!embed(?:/|$)).*)'

/**
 * `publicUrl` is NEXT_PUBLIC_SERVER_URL as the build saw it: HSTS and
 * upgrade-insecure-requests only when the site is served over https (sent
 * over plain http they would lock a local or intranet install out).
 */
export const securityHeaders = (publicUrl?: string): HeaderRule[] => {
  const https = servedOverHttps(publicUrl)
  const withUpgrade = (csp: string) => (https ? `${csp}; upgrade-insecure-requests` : csp)
  return [
    {
      headers: [
        { key: 'X-Content-Type-Options', value: 'nosniff' },
        { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
        { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
        { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
        ...(https ? [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }] : []),
      ],
      source: '/(.*)',
    },
    // /embed/… is made to be framed anywhere and sends its own, stricter policy from its route.
    { headers: [{ key: 'Content-Security-Policy', value: withUpgrade(SITE_CSP) }, { key: 'X-Frame-Options', value: 'SAMEORIGIN' }], source: NOT_EMBED },
    { headers: [{ key: 'Content-Security-Policy', value: withUpgrade(ADMIN_CSP) }], source: '/admin/:path*' },
  ]
}
