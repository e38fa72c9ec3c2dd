import { dictionary, localeOf } from '@/i18n'
import { OG_CONTENT_TYPE, OG_SIZE, renderOgImage } from '@/lib/seo/ogImage'

export const alt = 'Thi đua – Cổng thông tin thi đua, khen thưởng'
export const size = OG_SIZE
export const contentType = OG_CONTENT_TYPE

const Image = async ({ params }: { params: Promise<{ locale: string }> }) => {
  const t = dictionary(await localeOf(params)).site
  return renderOgImage({ eyebrow: t.ogSlogan, subtitle: t.ogSubtitle, title: t.ogTitle })
}

export default Image
