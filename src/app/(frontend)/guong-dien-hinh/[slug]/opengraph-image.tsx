import { exemplarKinds } from '../../../../collections/Exemplars/options'
import { optionLabel } from '../../../../lib/labels'
import { OG_CONTENT_TYPE, OG_SIZE, renderOgImage } from '../../../../lib/og/renderOgImage'
import { getExemplar } from '../../../../lib/queries/exemplars'

export const alt = 'Gương điển hình tiên tiến'
export const size = OG_SIZE
export const contentType = OG_CONTENT_TYPE

const Image = async ({ params }: { params: Promise<{ slug: string }> }) => {
  const exemplar = await getExemplar((await params).slug)
  const province = exemplar && typeof exemplar.province === 'object' ? exemplar.province?.name : null
  return renderOgImage({
    eyebrow: `Gương điển hình · ${optionLabel(exemplarKinds, exemplar?.kind)}`,
    subtitle: [exemplar?.organization, province].filter(Boolean).join(' · '),
    title: exemplar?.name ?? 'Gương điển hình tiên tiến',
  })
}

export default Image
