import type { Media } from '@/payload-types'

export const isMedia = (value: unknown): value is Media => typeof value === 'object' && value !== null && 'url' in value

export type ImageFile = { height: number; url: string; width: number }

/** The generated sizes of an image that have a file and known dimensions (the original is left out: it can be huge). */
export const imageSizes = (media: Media): ImageFile[] =>
  Object.values(media.sizes ?? {}).flatMap((s) => (s?.url && s.width && s.height ? [{ height: s.height, url: s.url, width: s.width }] : []))

/** The largest generated size that fits within the bounds, or null when none does. */
export const largestFitting = (media: Media, { maxHeight = Infinity, maxWidth = Infinity }: { maxHeight?: number; maxWidth?: number }): ImageFile | null =>
  imageSizes(media)
    .filter((s) => s.width <= maxWidth && s.height <= maxHeight)
    .sort((a, b) => b.width * b.height - a.width * a.height)[0] ?? null
