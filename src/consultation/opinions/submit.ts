import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { documentIdFromUrl } from '@/lib/server/documentId'
import type { Nomination } from '@/payload-types'
import { takeRequest } from '@/lib/server/rateLimit'
import { cleanText, isValidContact, OPINION_LIMITS, OPINION_MESSAGES, opinionStances, type OpinionStance } from '@/collections/Opinions/rules'
import { claimSubmission, releaseSubmission } from './submissionGuard'

export type OpinionInput = Partial<Record<'address' | 'contact' | 'fullName' | 'stance' | 'text' | 'website', unknown>>
export type OpinionField = 'address' | 'contact' | 'fullName' | 'nomination' | 'stance' | 'text'
/** Why a submission was refused; the HTTP endpoint maps each to its status. */
export type SubmitRefusal = 'closed' | 'duplicate' | 'invalid' | 'rateLimited' | 'unknown'
export type SubmitResult =
  | { errors: Partial<Record<OpinionField, string>>; ok: false; reason: SubmitRefusal; retryAfterSeconds?: number }
  | { id?: number | string; ok: true }

/** Per sending address: generous for a person correcting mistakes, tight for a script. */
export const ATTEMPTS_PER_ADDRESS = 10
export const ATTEMPT_WINDOW_MS = 10 * 60_000

const STANCES: readonly string[] = opinionStances.map((s) => s.value)

const checkLength = (value: string, max: number, required: string, long: string): string | undefined => (!value ? required : value.length > max ? long : undefined)

type Cleaned = { address: string; contact: string; fullName: string; stance: OpinionStance; text: string }
type Messages = (typeof OPINION_MESSAGES)[Locale]

/** Every field checked server-side; the form's own checks are a convenience only. */
const validate = (input: OpinionInput, m: Messages): { errors: Partial<Record<OpinionField, string>>; value: Cleaned } => {
  const value = { address: cleanText(input.address), contact: cleanText(input.contact), fullName: cleanText(input.fullName), stance: cleanText(input.stance) as OpinionStance, text: cleanText(input.text) }
  const errors: Partial<Record<OpinionField, string>> = {
    address: checkLength(value.address, OPINION_LIMITS.address, m.addressRequired, m.addressLong),
    contact: !value.contact ? m.contactRequired : value.contact.length > OPINION_LIMITS.contact || !isValidContact(value.contact) ? m.contactInvalid : undefined,
    fullName: checkLength(value.fullName, OPINION_LIMITS.fullName, m.fullNameRequired, m.fullNameLong),
    stance: STANCES.includes(value.stance) ? undefined : m.stanceInvalid,
    text: checkLength(value.text, OPINION_LIMITS.text, m.textRequired, m.textLong),
  }
  return { errors: Object.fromEntries(Object.entries(errors).filter(([, message]) => message)), value }
}

type Window = { id: Nomination['id']; problem: null } | { problem: { message: string; reason: 'closed' | 'unknown' } }

/** The nomination (its id as the adapter stores it) if it takes comment at `now`, or why not. */
const checkWindow = async ({ m, nominationId, now, payload }: { m: Messages; nominationId: number | string; now: Date; payload: Payload }): Promise<Window> => {
  const unknown = { problem: { message: m.unknown, reason: 'unknown' as const } }
  // An id from a URL is parsed as this adapter stores ids; text that cannot be one is simply unknown.
  const id = typeof nominationId === 'string' ? documentIdFromUrl({ collection: 'nominations', payload, value: nominationId }) : nominationId
  if (id === null) return unknown
  const found = await payload.find({ collection: 'nominations', depth: 0, limit: 1, overrideAccess: true, pagination: false, select: { closesAt: true, opensAt: true, status: true }, where: { id: { equals: id } } })
  const nomination = found.docs[0]
  if (!nomination || nomination.status === 'draft') return unknown
  const closed = (message: string) => ({ problem: { message, reason: 'closed' as const } })
  const opens = nomination.opensAt ? Date.parse(nomination.opensAt) : NaN
  const closes = nomination.closesAt ? Date.parse(nomination.closesAt) : NaN
  if (nomination.status !== 'open' || Number.isNaN(opens) || Number.isNaN(closes)) return closed(m.notOpen)
  if (now.getTime() < opens) return closed(m.notYet)
  if (now.getTime() > closes) return closed(m.closed)
  return { id: nomination.id, problem: null }
}

type SubmitArgs = { address?: string; input: OpinionInput; locale?: Locale; nominationId: number | string; now?: Date; payload: Payload }

/**
 * The only way a public opinion is stored (the site's form and the HTTP
 * endpoint both call it). Bad input comes back as `{ ok: false, reason,
 * errors }` with messages in the reader's language, never as a throw. The
 * collection refuses API creates, hence `overrideAccess` after our own checks.
 */
export const submitOpinion = async ({ address, input, locale = 'vi', nominationId, now = new Date(), payload }: SubmitArgs): Promise<SubmitResult> => {
  const m = OPINION_MESSAGES[locale]
  if (address) {
    const decision = await takeRequest({ key: `opinion:${address}`, limit: ATTEMPTS_PER_ADDRESS, windowMs: ATTEMPT_WINDOW_MS })
    if (!decision.allowed) return { errors: { nomination: m.rateLimited(Math.ceil(decision.resetSeconds / 60)) }, ok: false, reason: 'rateLimited', retryAfterSeconds: decision.resetSeconds }
  }
  // Bots fill every field; people never see this one. Pretend success so they learn nothing.
  if (cleanText(input.website)) return { ok: true }
  const { errors, value } = validate(input, m)
  const window = await checkWindow({ m, nominationId, now, payload })
  if (window.problem) return { errors: { ...errors, nomination: window.problem.message }, ok: false, reason: window.problem.reason }
  if (Object.keys(errors).length > 0) return { errors, ok: false, reason: 'invalid' }
  const fingerprint = { contact: value.contact, nomination: window.id, now, text: value.text }
  if (!(await claimSubmission(fingerprint))) return { errors: { nomination: m.duplicate }, ok: false, reason: 'duplicate' }
  try {
    const created = await payload.create({ collection: 'opinions', data: { ...value, nomination: window.id, reviewed: false }, depth: 0, overrideAccess: true })
    return { id: created.id, ok: true }
  } catch (error) {
    await releaseSubmission(fingerprint)
    throw error
  }
}
