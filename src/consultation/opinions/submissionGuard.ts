import { createHash } from 'node:crypto'

/** Identical opinions within this time are one double-click or one resend, not two opinions. */
export const DUPLICATE_WINDOW_MS = 10 * 60_000
const PRUNE_ABOVE = 10_000

// Fingerprint → when it was stored. Only a hash is kept: no personal data lingers in memory.
const recent = new Map<string, number>()

type Fingerprint = { contact: string; nomination: number | string; now: Date; text: string }

const keyOf = ({ contact, nomination, text }: Fingerprint): string =>
  createHash('sha256').update(`${nomination}\u0000${contact.replace(/[\s.-]/g, '').toLowerCase()}\u0000${text.replace(/\s+/g, ' ')}`).digest('base64url')

export const seenRecently = (fingerprint: Fingerprint): boolean => {
  const at = recent.get(keyOf(fingerprint))
  return at !== undefined && fingerprint.now.getTime() - at < DUPLICATE_WINDOW_MS
}

export const rememberSubmission = (fingerprint: Fingerprint): void => {
  const now = fingerprint.now.getTime()
  if (recent.size > PRUNE_ABOVE) for (const [key, at] of recent) if (now - at >= DUPLICATE_WINDOW_MS) recent.delete(key)
  recent.set(keyOf(fingerprint), now)
}

/** Tests start each case from a clean slate. */
export const forgetSubmissions = (): void => recent.clear()
