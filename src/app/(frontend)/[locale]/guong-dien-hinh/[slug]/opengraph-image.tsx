import { exemplarKinds } from '@/collections/Exemplars/options'
import { dictionary, localeOf } from '@/i18n'
import { optionLabel } from '@/lib/text/optionLabel'
import { OG_CONTENT_TYPE, OG_SIZE, renderOgImage } from '@/lib/seo/ogImage'
import { getExemplar } from '@/exemplars/queries'

export const alt = 'Gương điển hình tiên tiến'
export const size = OG_SIZE
export const contentType = OG_CONTENT_TYPE

const Image = async ({ params }: { params: Promise<{ locale: string; slug: string }> }) => {
  const locale = await localeOf(params)
  const t = dictionary(locale)
  const exemplar = await getExemplar((await params).slug, locale)
  const province = exemplar && typeof exemplar.province === 'object' ? exemplar.province?.name : null
  return renderOgImage({
    eyebrow: `${t.nav.exemplars} · ${optionLabel(exemplarKinds, exemplar?.kind, locale)}`,
    subtitle: [exemplar?.organization, province].filter(Boolean).join(' · '),
    title: exemplar?.name ?? t.exemplars.title,
  })
}

export default Image
