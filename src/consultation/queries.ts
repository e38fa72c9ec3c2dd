import type { Locale } from '@/i18n/locales'
import type { Nomination } from '@/payload-types'
import { cachedRead } from '@/lib/cache/cachedRead'
import { filePopulate } from '@/lib/queries/populate'
import { getPayloadClient } from '@/lib/server/payload'
import { type Retention, retentionOf } from './retention/options'

/** How many finished consultations (closed, decided, withdrawn) the listing keeps in view. */
const RECENT_COUNT = 12
// A window ends with the clock, not with an edit: re-read at least every 10 minutes.
const CLOCK_BOUND = { maxAgeSeconds: 600 }

const listSelect = { closesAt: true, form: true, nominee: true, nomineeKind: true, nomineeName: true, nomineeUnit: true, opensAt: true, proposingBody: true, province: true, slug: true, status: true, title: true } as const

const common = { collection: 'nominations', depth: 1, overrideAccess: false, pagination: false, populate: { exemplars: { kind: true, name: true, organization: true, slug: true }, provinces: { name: true } }, select: listSelect } as const

/**
 * Nominations marked open, closing soonest first: the listing, the home page
 * and the embed read this one list and keep, at render time, those whose
 * window is open then (./state.ts `openNow`).
 */
export const listOpenConsultations = cachedRead(
  'nominations:open',
  ['nominations', 'exemplars', 'provinces'],
  async (locale: Locale) => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({ ...common, limit: 100, locale, sort: 'closesAt', where: { status: { equals: 'open' } } })
    return docs
  },
  CLOCK_BOUND,
)

/** Open consultations (closing soonest first) and the latest finished ones. */
export const listConsultations = cachedRead(
  'nominations:list',
  ['nominations', 'exemplars', 'provinces'],
  async (locale: Locale) => {
    const payload = await getPayloadClient()
    const [open, recent] = await Promise.all([
      listOpenConsultations(locale),
      payload.find({ ...common, limit: RECENT_COUNT, locale, sort: '-closesAt', where: { status: { in: ['closed', 'decided', 'withdrawn'] } } }),
    ])
    return { open, recent: recent.docs }
  },
  CLOCK_BOUND,
)

export type OpinionCounts = { agree: number; disagree: number; other: number; total: number }

/** Published only when the editor chose to and the window is over: never a running tally. */
const countsFor = async (nomination: Pick<Nomination, 'id' | 'showOpinionCounts' | 'status'>): Promise<OpinionCounts | null> => {
  if (!nomination.showOpinionCounts || (nomination.status !== 'closed' && nomination.status !== 'decided')) return null
  const payload = await getPayloadClient()
  // Totals only leave the server, never an opinion; the collection itself stays moderators-only.
  const count = async (stance?: string) =>
    (await payload.count({ collection: 'opinions', overrideAccess: true, where: { and: [{ nomination: { equals: nomination.id } }, ...(stance ? [{ stance: { equals: stance } }] : [])] } })).totalDocs
  const [agree, disagree, other] = await Promise.all([count('agree'), count('disagree'), count('other')])
  return { agree, disagree, other, total: agree + disagree + other }
}

/** One consultation by slug with what its page shows; drafts stay invisible (collection access). */
export const getConsultation = cachedRead(
  'nominations:one',
  ['nominations', 'exemplars', 'provinces', 'awards', 'files', 'opinions'],
  async (slug: string, locale: Locale) => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'nominations',
      depth: 1,
      limit: 1,
      locale,
      overrideAccess: false,
      pagination: false,
      populate: {
        awards: { awardTitle: true, decisionDate: true, decisionNumber: true, slug: true },
        exemplars: { kind: true, name: true, organization: true, slug: true },
        files: filePopulate,
        provinces: { name: true },
      },
      select: { ...listSelect, achievements: true, decision: true, showOpinionCounts: true, supportingFiles: true, updatedAt: true },
      where: { slug: { equals: slug } },
    })
    const nomination = docs[0]
    if (!nomination) return null
    return { counts: await countsFor(nomination), nomination }
  },
  CLOCK_BOUND,
)

/** How long opinions keep their personal data: the public form states it. Purged when an editor saves the setting. */
export const getOpinionRetention = cachedRead(
  'opinion-retention',
  [],
  async (): Promise<Retention> => {
    const payload = await getPayloadClient()
    return retentionOf(await payload.findGlobal({ depth: 0, overrideAccess: false, select: { mode: true, months: true }, slug: 'opinion-retention' }))
  },
  { globals: ['opinion-retention'] },
)

export type ListedNomination = Awaited<ReturnType<typeof listConsultations>>['open'][number]
export type ConsultationDoc = NonNullable<Awaited<ReturnType<typeof getConsultation>>>['nomination']
