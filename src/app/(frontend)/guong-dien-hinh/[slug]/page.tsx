import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ExemplarProfile } from '../../../../components/exemplars/ExemplarProfile'
import { Breadcrumbs } from '../../../../components/site/Breadcrumbs'
import { sitePaths } from '../../../../lib/paths'
import { getExemplar, getRelatedExemplars } from '../../../../lib/queries/exemplars'

type Props = { params: Promise<{ slug: string }> }

/** Rendered on first visit, then served from cache until a publish purges it. */
export const generateStaticParams = async () => []

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const exemplar = await getExemplar((await params).slug)
  if (!exemplar) return { title: 'Không tìm thấy' }
  return {
    alternates: { canonical: sitePaths.exemplar(exemplar.slug ?? '') },
    description: exemplar.meta?.description ?? exemplar.summary ?? undefined,
    openGraph: { type: 'profile' },
    title: exemplar.meta?.title ?? exemplar.name,
  }
}

const ExemplarPage = async ({ params }: Props) => {
  const exemplar = await getExemplar((await params).slug)
  if (!exemplar) notFound()
  const idOf = (v: unknown) => (v && typeof v === 'object' && 'id' in v ? (v as { id: number | string }).id : (v as number | string | null | undefined))
  const related = await getRelatedExemplars({ id: exemplar.id, province: idOf(exemplar.province), sector: idOf(exemplar.sector) })
  return (
    <div className="container">
      <Breadcrumbs items={[{ href: sitePaths.exemplars, label: 'Gương điển hình' }, { href: sitePaths.exemplar(exemplar.slug ?? ''), label: exemplar.name }]} />
      <ExemplarProfile exemplar={exemplar} related={related} />
    </div>
  )
}

export default ExemplarPage
