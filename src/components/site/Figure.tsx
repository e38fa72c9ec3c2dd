import Image from 'next/image'

import type { Media } from '../../payload-types'

type Size = 'card' | 'feature' | 'thumbnail'

export const isMedia = (value: unknown): value is Media => typeof value === 'object' && value !== null && 'url' in value

/** An image in one of the generated sizes, with its caption and credit when it has them. */
export const Figure = ({ image, priority = false, size = 'feature' }: { image: unknown; priority?: boolean; size?: Size }) => {
  if (!isMedia(image)) return null
  const variant = image.sizes?.[size]?.url ? image.sizes[size] : image
  if (!variant?.url) return null
  return (
    <figure className="figure">
      <Image alt={image.alt ?? ''} height={variant.height ?? 600} priority={priority} sizes="(max-width: 768px) 100vw, 768px" src={variant.url} width={variant.width ?? 800} />
      {image.caption || image.credit ? (
        <figcaption>
          {image.caption}
          {image.credit ? <span className="credit"> Ảnh: {image.credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  )
}
