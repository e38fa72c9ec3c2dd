import { dictionary, localeOf } from '@/i18n'
import { OG_CONTENT_TYPE, OG_SIZE, renderOgImage } from '@/lib/seo/ogImage'
import { getMovement } from '@/movements/queries'

export const alt = 'Phong trào thi đua'
export const size = OG_SIZE
export const contentType = OG_CONTENT_TYPE

const Image = async ({ params }: { params: Promise<{ locale: string; slug: string }> }) => {
  const locale = await localeOf(params)
  const title = dictionary(locale).movements.title
  const movement = await getMovement((await params).slug, locale)
  return renderOgImage({ eyebrow: title, subtitle: movement?.slogan, title: movement?.name ?? title })
}

export default Image
