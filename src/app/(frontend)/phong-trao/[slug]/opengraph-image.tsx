import { OG_CONTENT_TYPE, OG_SIZE, renderOgImage } from '../../../../lib/og/renderOgImage'
import { getMovement } from '../../../../lib/queries/movements'

export const alt = 'Phong trào thi đua'
export const size = OG_SIZE
export const contentType = OG_CONTENT_TYPE

const Image = async ({ params }: { params: Promise<{ slug: string }> }) => {
  const movement = await getMovement((await params).slug)
  return renderOgImage({ eyebrow: 'Phong trào thi đua', subtitle: movement?.slogan, title: movement?.name ?? 'Phong trào thi đua' })
}

export default Image
