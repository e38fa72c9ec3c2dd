import type { FieldHook, TextField } from 'payload'

import { slugify } from '@/lib/text/vietnamese'

type SlugOptions = {
  /** Field the slug is generated from when the editor leaves it empty. */
  from: string
}

const MAX_SUFFIX = 200

/**
 * Generates the slug from the Vietnamese source field (đ→d, tones stripped)
 * and appends -2, -3 … until no other document uses it. The unique index is
 * the last guard; this hook keeps editors from ever meeting it.
 */
const ensureUniqueSlug =
  ({ from }: SlugOptions): FieldHook =>
  async ({ collection, data, originalDoc, req, value }) => {
    const source = typeof value === 'string' && value.trim() ? value : (data?.[from] ?? originalDoc?.[from])
    if (typeof source !== 'string' || !source.trim() || !collection) return value
    const base = slugify(source) || 'khong-ten'
    const ownId = originalDoc?.id ?? data?.id
    for (let n = 1; n <= MAX_SUFFIX; n++) {
      const candidate = n === 1 ? base : `${base}-${n}`
      const taken = await req.payload.count({
        collection: collection.slug as 'exemplars',
        overrideAccess: true,
        req,
        where: ownId === undefined ? { slug: { equals: candidate } } : { and: [{ slug: { equals: candidate } }, { id: { not_equals: ownId } }] },
      })
      if (taken.totalDocs === 0) return candidate
    }
    return `${base}-${Date.now()}`
  }

export const slugField = (options: SlugOptions): TextField => ({
  name: 'slug',
  type: 'text',
  index: true,
  unique: true,
  label: { en: 'Slug', vi: 'Đường dẫn (slug)' },
  admin: {
    position: 'sidebar',
    description: {
      en: 'Generated from the Vietnamese title when left empty (đ→d, tones removed). Editable.',
      vi: 'Để trống để tự tạo từ tiêu đề tiếng Việt (đ→d, bỏ dấu). Có thể sửa.',
    },
  },
  hooks: { beforeValidate: [ensureUniqueSlug(options)] },
})
