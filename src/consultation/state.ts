import type { Nomination } from '@/payload-types'

export type ConsultationState = 'closed' | 'decided' | 'ended' | 'notYet' | 'open' | 'withdrawn'

/**
 * What a reader should be told now. "open" in the database is not enough:
 * the window has its own clock, and the job that closes ended windows runs
 * every ten minutes.
 */
export const consultationState = (nomination: Pick<Nomination, 'closesAt' | 'opensAt' | 'status'>, now = Date.now()): ConsultationState => {
  if (nomination.status !== 'open') return nomination.status === 'draft' ? 'notYet' : nomination.status
  if (nomination.opensAt && now < Date.parse(nomination.opensAt)) return 'notYet'
  if (nomination.closesAt && now > Date.parse(nomination.closesAt)) return 'ended'
  return 'open'
}

/** Consultations a reader can comment on at `now`, closing soonest first (those without a closing date last). */
export const openNow = <N extends Pick<Nomination, 'closesAt' | 'opensAt' | 'status'>>(nominations: N[], now: number): N[] =>
  nominations
    .filter((n) => consultationState(n, now) === 'open')
    .sort((a, b) => (a.closesAt ? Date.parse(a.closesAt) : Infinity) - (b.closesAt ? Date.parse(b.closesAt) : Infinity))
