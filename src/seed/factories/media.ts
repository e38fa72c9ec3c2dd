import { illustration } from '../generate/illustration'
import { asRef, type GeneratedId, seedOptions, type SeedContext } from '../context'

/** Creates one generated sample image with Vietnamese alt text and credit. */
export const createIllustration = async ({
  alt,
  caption,
  key,
  kind,
  payload,
}: Pick<SeedContext, 'payload'> & { alt: string; caption?: string; key: string; kind: 'collective' | 'cover' | 'individual' }): Promise<GeneratedId> => {
  const data = await illustration({ key, kind })
  const doc = await payload.create({
    collection: 'media',
    data: { alt, caption, credit: 'Minh họa: dự án Thi đua', licence: 'CC BY 4.0' },
    file: { data, mimetype: 'image/png', name: `${key}.png`, size: data.length },
    ...seedOptions,
  })
  return asRef(doc.id)
}
