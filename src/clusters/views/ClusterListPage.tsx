import '../components/clusters.css'

import type { Metadata } from 'next'
import Link from 'next/link'

import { clusterKinds, clusterLevels } from '@/collections/EmulationClusters/options'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { localeOf } from '@/i18n'
import { alternatesFor } from '@/lib/seo/alternates'
import { optionLabel } from '@/lib/text/optionLabel'
import { pathsFor, sitePaths } from '@/lib/urls/sitePaths'
import { clusterLabels } from '../labels'
import { listClusters } from '../queries'
import { yearsNewestFirst } from '../years'

type Props = { params: Promise<{ locale: string }> }

export const clusterListMetadata = async ({ params }: Props): Promise<Metadata> => {
  const locale = await localeOf(params)
  const t = clusterLabels(locale)
  return { alternates: alternatesFor(locale, sitePaths.clusters), description: t.description, title: t.title }
}

/** /cum-khoi: published clusters, then blocks, each with its level, member count and the latest year's leading unit. */
export const ClusterListPage = async ({ params }: Props) => {
  const locale = await localeOf(params)
  const t = clusterLabels(locale)
  const paths = pathsFor(locale)
  const clusters = await listClusters(locale)
  return (
    <div className="container">
      <Breadcrumbs items={[{ href: paths.clusters, label: t.title }]} locale={locale} />
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      {clusters.length === 0 ? <p className="empty">{t.none}</p> : null}
      {clusterKinds.map(({ value: kind }) => {
        const group = clusters.filter((c) => c.kind === kind)
        if (group.length === 0) return null
        return (
          <section aria-labelledby={`nhom-${kind}`} className="section" key={kind}>
            <h2 id={`nhom-${kind}`}>{t.groups[kind]}</h2>
            <ul className="cards">
              {group.map((c) => {
                const latest = yearsNewestFirst(c.years)[0]
                return (
                  <li className="card" key={c.id}>
                    <div className="card-body">
                      <h3>
                        <Link href={paths.cluster(c.slug ?? '')}>{c.name}</Link>
                      </h3>
                      <p className="meta">
                        {optionLabel(clusterLevels, c.level, locale)} · {t.members(c.members?.length ?? 0)}
                      </p>
                      {latest?.leadingUnit ? <p>{t.latestLeader(latest.year, latest.leadingUnit)}</p> : null}
                    </div>
                  </li>
                )
              })}
            </ul>
          </section>
        )
      })}
    </div>
  )
}
