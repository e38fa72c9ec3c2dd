import type { Locale } from '@/i18n/locales'
import { cachedRead } from '@/lib/cache/cachedRead'
import { findPageDocument } from '@/lib/queries/pageDocument'
import { readWithPreview } from '@/lib/queries/preview'
import { getPayloadClient } from '@/lib/server/payload'

/** Published clusters and blocks for /cum-khoi: what the listing shows and nothing more (members' names to count them, each year's leading unit). */
export const listClusters = cachedRead('clusters:list', ['emulation-clusters'], async (locale: Locale) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'emulation-clusters',
    depth: 0,
    limit: 0,
    locale,
    overrideAccess: false,
    pagination: false,
    select: { kind: true, level: true, members: { name: true }, name: true, slug: true, summary: true, years: { leadingUnit: true, year: true } },
    sort: 'name',
  })
  return docs
})

/**
 * One cluster with everything its pages show: members with their province
 * or sector, and every year with its agreement and award decision. Related
 * documents and decisions are populated only when published (readers'
 * access leaves a draft as a bare id), so a link never leads to a 404.
 */
export const getCluster = readWithPreview('clusters:one', ['emulation-clusters', 'provinces', 'sectors', 'documents', 'awards'], (ctx, slug: string, locale: Locale) =>
  findPageDocument(ctx, {
    collection: 'emulation-clusters',
    depth: 1,
    locale,
    populate: {
      awards: { awardTitle: true, decisionDate: true, decisionNumber: true, slug: true },
      documents: { issuedDate: true, number: true, slug: true, title: true },
      provinces: { name: true, slug: true },
      sectors: { name: true, slug: true },
    },
    where: { slug: { equals: slug } },
  }),
)

export type ClusterDoc = NonNullable<Awaited<ReturnType<typeof getCluster>>>
export type ClusterYear = NonNullable<ClusterDoc['years']>[number]
