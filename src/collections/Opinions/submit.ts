import type { Payload } from 'payload'

import { cleanText, isValidContact, MESSAGES, OPINION_LIMITS, opinionStances, type OpinionStance } from './rules'

export type OpinionInput = Partial<Record<'address' | 'contact' | 'fullName' | 'stance' | 'text' | 'website', unknown>>
export type OpinionField = 'address' | 'contact' | 'fullName' | 'nomination' | 'stance' | 'text'
export type SubmitResult = { ok: true; id?: number | string } | { errors: Partial<Record<OpinionField, string>>; ok: false }

const STANCES: readonly string[] = opinionStances.map((s) => s.value)

const checkLength = (value: string, max: number, required: string, long: string): string | undefined => (!value ? required : value.length > max ? long : undefined)

type Cleaned = { address: string; contact: string; fullName: string; stance: OpinionStance; text: string }

/** Every field checked server-side; the form's own checks are a convenience only. */
const validate = (input: OpinionInput): { errors: Partial<Record<OpinionField, string>>; value: Cleaned } => {
  const value = { address: cleanText(input.address), contact: cleanText(input.contact), fullName: cleanText(input.fullName), stance: cleanText(input.stance) as OpinionStance, text: cleanText(input.text) }
  const errors: Partial<Record<OpinionField, string>> = {
    address: checkLength(value.address, OPINION_LIMITS.address, MESSAGES.addressRequired, MESSAGES.addressLong),
    contact: !value.contact ? MESSAGES.contactRequired : value.contact.length > OPINION_LIMITS.contact || !isValidContact(value.contact) ? MESSAGES.contactInvalid : undefined,
    fullName: checkLength(value.fullName, OPINION_LIMITS.fullName, MESSAGES.fullNameRequired, MESSAGES.fullNameLong),
    stance: STANCES.includes(value.stance) ? undefined : MESSAGES.stanceInvalid,
    text: checkLength(value.text, OPINION_LIMITS.text, MESSAGES.textRequired, MESSAGES.textLong),
  }
  return { errors: Object.fromEntries(Object.entries(errors).filter(([, m]) => m)), value }
}

/** Why the nomination takes no comment at `now`, or null when it does. */
const windowProblem = async ({ nominationId, now, payload }: { nominationId: number | string; now: Date; payload: Payload }): Promise<string | null> => {
  const found = await payload.find({ collection: 'nominations', depth: 0, limit: 1, overrideAccess: true, pagination: false, select: { closesAt: true, opensAt: true, status: true }, where: { id: { equals: nominationId } } })
  const nomination = found.docs[0]
  if (!nomination || nomination.status === 'draft') return 'Không tìm thấy hồ sơ đề nghị khen thưởng này.'
  const opens = nomination.opensAt ? Date.parse(nomination.opensAt) : NaN
  const closes = nomination.closesAt ? Date.parse(nomination.closesAt) : NaN
  if (nomination.status !== 'open' || Number.isNaN(opens) || Number.isNaN(closes)) return 'Hồ sơ này hiện không lấy ý kiến.'
  if (now.getTime() < opens) return 'Hồ sơ này chưa đến thời gian lấy ý kiến.'
  if (now.getTime() > closes) return 'Đã hết thời hạn lấy ý kiến đối với hồ sơ này.'
  return null
}

/**
 * The only way a public opinion is stored. Bad input comes back as
 * `{ ok: false, errors }` with Vietnamese messages, never as a throw. The
 * collection refuses API creates, hence `overrideAccess` after our own checks.
 */
export const submitOpinion = async ({ input, nominationId, now = new Date(), payload }: { input: OpinionInput; nominationId: number | string; now?: Date; payload: Payload }): Promise<SubmitResult> => {
  // Bots fill every field; people never see this one. Pretend success so they learn nothing.
  if (cleanText(input.website)) return { ok: true }
  const { errors, value } = validate(input)
  const problem = await windowProblem({ nominationId, now, payload })
  if (problem) errors.nomination = problem
  if (Object.keys(errors).length > 0) return { errors, ok: false }
  const created = await payload.create({ collection: 'opinions', data: { ...value, nomination: Number(nominationId), reviewed: false }, depth: 0, overrideAccess: true })
  return { id: created.id, ok: true }
}
