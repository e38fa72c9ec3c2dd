import crypto from 'node:crypto'

/** Longest validity a trainer may choose (30 days), in hours. */
export const MAX_PREVIEW_HOURS = 30 * 24

/** Keeps these signatures from ever being valid for another use of the same secret. */
const PURPOSE = 'thidua:course-preview:v1'

type Claims = { c: number | string; e: number }
export type PreviewCheck = { courseId: number | string; expiresAt: Date; status: 'expired' | 'valid' } | { status: 'invalid' }

const sign = (secret: string, body: string) => crypto.createHmac('sha256', secret).update(`${PURPOSE}.${body}`).digest('base64url')

/**
 * `<claims>.<signature>`: the course id (number on SQLite, string on MongoDB,
 * kept as it is) and the expiry in seconds, signed with the Payload secret.
 * Nothing is stored: the link stays valid until it expires or the secret changes.
 */
export const signPreviewToken = ({ courseId, expiresAt, secret }: { courseId: number | string; expiresAt: Date; secret: string }): string => {
  const body = Buffer.from(JSON.stringify({ c: courseId, e: Math.floor(expiresAt.getTime() / 1000) } satisfies Claims)).toString('base64url')
  return `${body}.${sign(secret, body)}`
}

const parseClaims = (body: string): Claims | null => {
  try {
    const claims: unknown = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'))
    if (!claims || typeof claims !== 'object') return null
    const { c, e } = claims as Record<string, unknown>
    const validId = (typeof c === 'number' && Number.isSafeInteger(c)) || (typeof c === 'string' && c.length > 0 && c.length <= 64)
    return validId && typeof e === 'number' && Number.isSafeInteger(e) ? { c: c as number | string, e } : null
  } catch {
    return null
  }
}

/** The signature is checked before anything is read from the claims, so an altered link is only ever "invalid", never "expired". */
export const verifyPreviewToken = ({ now = Date.now(), secret, token }: { now?: number; secret: string; token: string }): PreviewCheck => {
  const [body, signature, extra] = token.split('.')
  if (!body || !signature || extra !== undefined) return { status: 'invalid' }
  const expected = Buffer.from(sign(secret, body))
  const given = Buffer.from(signature)
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return { status: 'invalid' }
  const claims = parseClaims(body)
  if (!claims) return { status: 'invalid' }
  const expiresAt = new Date(claims.e * 1000)
  return { courseId: claims.c, expiresAt, status: expiresAt.getTime() <= now ? 'expired' : 'valid' }
}
