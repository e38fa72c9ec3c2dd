import Image from 'next/image'

import { exemplarKinds, exemplarStages } from '@/collections/Exemplars/options'
import type { Locale } from '@/i18n'
import type { Exemplar, Province } from '@/payload-types'
import { isMedia } from '@/components/Figure'
import { optionLabel } from '@/lib/text/optionLabel'
import { pathsFor } from '@/lib/urls/sitePaths'

export type CardExemplar = Pick<Exemplar, 'id' | 'kind' | 'name' | 'organization' | 'portrait' | 'province' | 'slug' | 'stage' | 'summary'>

const isProvince = (value: unknown): value is Province => typeof value === 'object' && value !== null && 'name' in value

/** `level` 2 where the card list sits right under the page's h1 (the listing), 3 under a section's h2. */
export const ExemplarCard = ({ exemplar, level = 3, locale }: { exemplar: CardExemplar; level?: 2 | 3; locale: Locale }) => {
  const Heading = level === 2 ? 'h2' : 'h3'
  const portrait = isMedia(exemplar.portrait) ? exemplar.portrait : null
  const image = portrait?.sizes?.card?.url ? portrait.sizes.card : null
  const province = isProvince(exemplar.province) ? exemplar.province.name : null
  return (
    <li className="card">
      {image?.url ? <Image alt={portrait?.alt ?? ''} height={image.height ?? 480} sizes="(max-width: 768px) 100vw, 360px" src={image.url} width={image.width ?? 640} /> : null}
      <div className="card-body">
        <Heading>
          <a href={pathsFor(locale).exemplar(exemplar.slug ?? '')}>{exemplar.name}</a>
        </Heading>
        <p className="meta">
          {optionLabel(exemplarKinds, exemplar.kind, locale)}
          {exemplar.organization ? ` · ${exemplar.organization}` : ''}
          {province ? ` · ${province}` : ''}
        </p>
        <p className="badge">{optionLabel(exemplarStages, exemplar.stage, locale)}</p>
        {exemplar.summary ? <p>{exemplar.summary}</p> : null}
      </div>
    </li>
  )
}
