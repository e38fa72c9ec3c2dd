import { createHash } from 'node:crypto'

/** Payload's API key header: `Authorization: users API-Key <key>`. */
const PATTERN = /^users API-Key (.+)$/

export const apiKeyOf = (request: Request): string | null => PATTERN.exec(request.headers.get('authorization')?.trim() ?? '')?.[1]?.trim() || null

/** Keys are only held in memory as hashes. */
export const keyFingerprint = (key: string): string => createHash('sha256').update(key).digest('hex')
