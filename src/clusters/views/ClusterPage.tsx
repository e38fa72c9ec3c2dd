import '../components/clusters.css'

import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { clusterKinds, clusterLevels } from '@/collections/EmulationClusters/options'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { contentLang, UntranslatedNote } from '@/components/LanguageSwitch'
import { dictionary, localeOf } from '@/i18n'
import { isTranslated } from '@/lib/queries/translation'
import { alternatesFor } from '@/lib/seo/alternates'
import { optionLabel } from '@/lib/text/optionLabel'
import { pathsFor, sitePaths } from '@/lib/urls/sitePaths'
import { MemberList } from '../components/MemberList'
import { YearDetails } from '../components/YearDetails'
import { YearSwitcher } from '../components/YearSwitcher'
import { clusterLabels } from '../labels'
import { getCluster } from '../queries'
import { rankMembers } from '../ranking'
import { defaultYear, parseYear, yearsNewestFirst } from '../years'

type Props = { params: Promise<{ locale: string; slug: string; year?: string }> }

/** The cluster and the year a URL names; null for an unknown slug, an unknown year, or a year that is not four digits. */
const load = async (params: Props['params']) => {
  const locale = await localeOf(params)
  const { slug, year } = await params
  const cluster = await getCluster(slug, locale)
  if (!cluster) return null
  if (year === undefined) return { cluster, entry: defaultYear(cluster.years), locale, named: false }
  const wanted = parseYear(year)
  const entry = wanted === null ? undefined : cluster.years?.find((y) => y.year === wanted)
  return entry ? { cluster, entry, locale, named: true } : null
}

export const clusterMetadata = async ({ params }: Props): Promise<Metadata> => {
  const found = await load(params)
  const locale = await localeOf(params)
  if (!found) return { title: dictionary(locale).common.notFoundTitle }
  const { cluster, entry, named } = found
  const path = sitePaths.cluster(cluster.slug ?? '', named && entry ? entry.year : undefined)
  const title = named && entry ? clusterLabels(locale).pageTitle(cluster.name, entry.year) : (cluster.meta?.title ?? cluster.name)
  return { alternates: alternatesFor(locale, path), description: cluster.meta?.description ?? cluster.summary ?? clusterLabels(locale).description, title }
}

/**
 * /cum-khoi/[slug] (its latest year with scores) and /cum-khoi/[slug]/[year]:
 * members, the year's leading and deputy unit, agreement, criteria, the
 * ranking table and its chart, the commendation, and links to other years.
 */
export const ClusterPage = async ({ params }: Props) => {
  const found = await load(params)
  if (!found) notFound()
  const { cluster, entry, locale, named } = found
  const t = clusterLabels(locale)
  const paths = pathsFor(locale)
  const slug = cluster.slug ?? ''
  const translated = await isTranslated({ collection: 'emulation-clusters', id: cluster.id, locale })
  const lang = contentLang(locale, translated)
  const members = cluster.members ?? []
  const rows = entry ? rankMembers({ criteria: entry.criteria ?? [], locale, members: members.map((m) => m.name), results: entry.results ?? [] }) : []
  const crumbs = [
    { href: paths.clusters, label: t.title },
    { href: paths.cluster(slug), label: cluster.name },
    ...(named && entry ? [{ href: paths.cluster(slug, String(entry.year)), label: t.yearLink(entry.year) }] : []),
  ]
  return (
    <div className="container">
      <Breadcrumbs items={crumbs} locale={locale} />
      <article>
        <UntranslatedNote locale={locale} translated={translated} />
        <p className="badge">{optionLabel(clusterKinds, cluster.kind, locale)}</p>
        <h1 lang={lang}>{cluster.name}</h1>
        <dl className="facts">
          <dt>{t.level}</dt>
          <dd>{optionLabel(clusterLevels, cluster.level, locale)}</dd>
          <dt>{t.membersHeading}</dt>
          <dd>{t.unitsOf(members.length)}</dd>
        </dl>
        {cluster.summary ? (
          <p className="lead" lang={lang}>
            {cluster.summary}
          </p>
        ) : null}
        <section aria-labelledby="thanh-vien" className="section">
          <h2 id="thanh-vien">{t.membersHeading}</h2>
          <MemberList locale={locale} members={members} />
        </section>
        {entry ? (
          <>
            <YearSwitcher current={entry.year} locale={locale} slug={slug} years={yearsNewestFirst(cluster.years).map((y) => y.year)} />
            <YearDetails entry={entry} locale={locale} name={cluster.name} rows={rows} />
          </>
        ) : (
          <p className="empty">{t.noYears}</p>
        )}
      </article>
    </div>
  )
}
