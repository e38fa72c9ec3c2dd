import type { Locale } from '@/i18n/locales'
import type { AwardFilters } from '../filters'
import { resolveAwardWhere } from '../queries'
import { cachedRead } from '@/lib/cache/cachedRead'
import { getPayloadClient } from '@/lib/server/payload'

/** The most rows one download returns; the files say when there were more. */
export const REGISTER_MAX_ROWS = 5000

/** Every published decision matching the filters, newest first, for the open-data downloads. */
export const exportAwards = cachedRead('awards:export', ['awards', 'exemplars', 'movements', 'provinces', 'sectors'], async (filters: AwardFilters, locale: Locale) => {
  const where = await resolveAwardWhere(filters, locale)
  if (!where) return { docs: [], totalDocs: 0 }
  const payload = await getPayloadClient()
  const result = await payload.find({
    collection: 'awards',
    locale,
    depth: 1,
    limit: REGISTER_MAX_ROWS,
    overrideAccess: false,
    populate: { exemplars: { name: true, organization: true, slug: true }, movements: { name: true }, provinces: { name: true }, sectors: { name: true } },
    select: { awardTitle: true, decisionDate: true, decisionNumber: true, form: true, issuer: true, movement: true, otherRecipients: true, province: true, recipients: true, sector: true, slug: true },
    sort: '-decisionDate',
    where,
  })
  return { docs: result.docs, totalDocs: result.totalDocs }
})
