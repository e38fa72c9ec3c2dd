import type { Media } from '@/payload-types'

/** One image file a page shows: the stored file on disk and the URL Payload serves it at. */
export type PageImage = { filename: string; id: Media['id']; updatedAt: string; url: string }

type Node = { children?: unknown[]; relationTo?: string; type?: string; value?: unknown }

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null

/**
 * The printable copy of an image: the 1280 px "feature" size (sharp, light),
 * or the original when the upload was too small to get one.
 */
export const printableImage = (media: Partial<Media>): PageImage | null => {
  const feature = media.sizes?.feature
  const pick = feature?.filename && feature.url ? { filename: feature.filename, url: feature.url } : media.filename && media.url ? { filename: media.filename, url: media.url } : null
  return pick && media.id !== undefined ? { ...pick, id: media.id, updatedAt: media.updatedAt ?? '' } : null
}

/** Every image a rich-text body shows (upload nodes with a populated image), in reading order, each once. */
export const imagesInBody = (body: unknown): PageImage[] => {
  const found = new Map<string, PageImage>()
  const walk = (node: unknown) => {
    if (!isNode(node)) return
    if (node.type === 'upload' && node.relationTo === 'media' && isNode(node.value)) {
      const image = printableImage(node.value as Partial<Media>)
      if (image) found.set(image.filename, image)
    }
    for (const child of node.children ?? []) walk(child)
  }
  if (isNode(body) && 'root' in body) walk((body as { root: unknown }).root)
  return [...found.values()]
}
