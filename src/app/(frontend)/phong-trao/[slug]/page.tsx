import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { MovementDetail } from '../../../../components/movements/MovementDetail'
import { Breadcrumbs } from '../../../../components/site/Breadcrumbs'
import { sitePaths } from '../../../../lib/paths'
import { getColumnSlugs, getMovement } from '../../../../lib/queries/movements'

type Props = { params: Promise<{ slug: string }> }

export const generateStaticParams = async () => []

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const movement = await getMovement((await params).slug)
  if (!movement) return { title: 'Không tìm thấy' }
  return {
    alternates: { canonical: sitePaths.movement(movement.slug ?? '') },
    description: movement.meta?.description ?? movement.slogan ?? undefined,
    title: movement.meta?.title ?? movement.name,
  }
}

const MovementPage = async ({ params }: Props) => {
  const [movement, columnSlugs] = await Promise.all([getMovement((await params).slug), getColumnSlugs()])
  if (!movement) notFound()
  return (
    <div className="container">
      <Breadcrumbs items={[{ href: sitePaths.movements, label: 'Phong trào thi đua' }, { href: sitePaths.movement(movement.slug ?? ''), label: movement.name }]} />
      <MovementDetail columnSlugs={columnSlugs} movement={movement} />
    </div>
  )
}

export default MovementPage
