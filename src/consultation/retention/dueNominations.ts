import type { PayloadRequest } from 'payload'

import type { Nomination } from '@/payload-types'
import type { Retention } from './options'

type Concluded = Pick<Nomination, 'decision' | 'id' | 'status' | 'updatedAt' | 'withdrawnAt'>

/** The same day of the month `months` later, or that month's last day (31 January + 1 → 28/29 February). */
export const addMonths = (from: Date, months: number): Date => {
  const target = new Date(from)
  target.setUTCDate(1)
  target.setUTCMonth(target.getUTCMonth() + months)
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  target.setUTCDate(Math.min(from.getUTCDate(), lastDay))
  return target
}

/**
 * When a consultation's "decision" happened, which retention counts from:
 * - decided: the award decision's own date (Ngày quyết định), the date the
 *   public can read on the decision and the one people mean by "the decision";
 * - withdrawn: the day it was withdrawn (stamped on the nomination), which
 *   ends the consultation just as finally; an older record without the stamp
 *   falls back to its last change, which is never earlier than the withdrawal.
 * Open and closed nominations still await the council's decision, so their
 * opinions are kept until then.
 */
export const decidedAt = (nomination: Concluded, decisionDates: Map<string, string>): Date | null => {
  if (nomination.status === 'decided') {
    const awardId = typeof nomination.decision === 'object' ? nomination.decision?.id : nomination.decision
    const date = awardId === undefined || awardId === null ? undefined : decisionDates.get(String(awardId))
    // A decided nomination whose award was deleted: count from the stamp or the last change, never sooner.
    return new Date(date ?? nomination.withdrawnAt ?? nomination.updatedAt)
  }
  if (nomination.status === 'withdrawn') return new Date(nomination.withdrawnAt ?? nomination.updatedAt)
  return null
}

/** Ids of the nominations whose opinions are past retention at `now`. */
export const dueNominations = async ({ now, req, retention }: { now: Date; req: PayloadRequest; retention: Retention }): Promise<Nomination['id'][]> => {
  const { docs: nominations } = await req.payload.find({
    collection: 'nominations',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { decision: true, status: true, updatedAt: true, withdrawnAt: true },
    where: { status: { in: ['decided', 'withdrawn'] } },
  })
  const awardIds = [...new Set(nominations.flatMap((n) => (n.status === 'decided' && n.decision ? [typeof n.decision === 'object' ? n.decision.id : n.decision] : [])))]
  const { docs: awards } = awardIds.length
    ? await req.payload.find({ collection: 'awards', depth: 0, overrideAccess: true, pagination: false, req, select: { decisionDate: true }, where: { id: { in: awardIds } } })
    : { docs: [] }
  const decisionDates = new Map(awards.map((a) => [String(a.id), a.decisionDate]))
  return nominations.filter((n) => {
    const start = decidedAt(n, decisionDates)
    return start !== null && addMonths(start, retention.months).getTime() <= now.getTime()
  }).map((n) => n.id)
}
