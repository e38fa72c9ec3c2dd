import Image from 'next/image'

import { dictionary, type Locale } from '@/i18n'
import { isMedia } from '@/lib/media/images'

type Size = 'card' | 'feature' | 'thumbnail'

/** How wide each variant is laid out, so the browser fetches the smallest file that fits. */
const SIZES: Record<Size, string> = {
  card: '(max-width: 768px) 100vw, 400px',
  feature: '(max-width: 768px) 100vw, 768px',
  thumbnail: '160px',
}

// Re-exported: components import it from here.
export { isMedia }

/** An image in one of the generated sizes, with its caption and credit when it has them. */
export const Figure = ({ image, locale, priority = false, size = 'feature' }: { image: unknown; locale: Locale; priority?: boolean; size?: Size }) => {
  if (!isMedia(image)) return null
  const variant = image.sizes?.[size]?.url ? image.sizes[size] : image
  if (!variant?.url) return null
  return (
    <figure className="figure">
      <Image
        alt={image.alt ?? ''}
        fetchPriority={priority ? 'high' : undefined}
        height={variant.height ?? 600}
        preload={priority}
        sizes={SIZES[size]}
        src={variant.url}
        width={variant.width ?? 800}
      />
      {image.caption || image.credit ? (
        <figcaption>
          {image.caption}
          {image.credit ? <span className="credit"> {dictionary(locale).common.photoCredit} {image.credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  )
}
