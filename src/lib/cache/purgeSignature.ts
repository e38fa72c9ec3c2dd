import crypto from 'node:crypto'

import { payloadSecret } from '@/lib/server/secret'

/** A signed purge older (or further in the future) than this is refused: a copied request cannot be replayed later. */
const MAX_SKEW_MS = 60_000

const hmac = (timestamp: string, body: string): string =>
  crypto.createHmac('sha256', payloadSecret()).update(`thidua-purge.${timestamp}.${body}`).digest('hex')

/** Headers for a purge request: the time it was signed and the signature over time and body. */
export const signPurge = (body: string, now = Date.now()): Record<string, string> => {
  const timestamp = String(now)
  return { 'x-purge-signature': hmac(timestamp, body), 'x-purge-timestamp': timestamp }
}

/** True when the request was signed with this site's secret within the last minute. */
export const isSignedPurge = ({ body, signature, timestamp }: { body: string; signature: string | null; timestamp: string | null }, now = Date.now()): boolean => {
  if (!signature || !timestamp || !/^\d{1,16}$/.test(timestamp) || Math.abs(now - Number(timestamp)) > MAX_SKEW_MS) return false
  const expected = Buffer.from(hmac(timestamp, body), 'hex')
  const given = Buffer.from(signature, 'hex')
  return given.length === expected.length && crypto.timingSafeEqual(given, expected)
}
