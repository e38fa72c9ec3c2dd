import { provinces } from '../data/provinces'
import { sectors } from '../data/sectors'
import { findIdBy, seedOptions, type SeedContext, upsertEach } from '../context'

export const seedProvinces = ({ payload, refs }: SeedContext) =>
  upsertEach({
    items: provinces.map((p) => ({ ...p, key: p.code })),
    map: refs.provinces,
    findExisting: (p) => findIdBy({ collection: 'provinces', field: 'code', payload, value: p.code }),
    create: async (p) => {
      const doc = await payload.create({ collection: 'provinces', data: { code: p.code, kind: p.kind, name: p.name }, locale: 'vi', ...seedOptions })
      await payload.update({ collection: 'provinces', data: { name: p.nameEn }, id: doc.id, locale: 'en', ...seedOptions })
      return doc.id
    },
  })

export const seedSectors = ({ payload, refs }: SeedContext) =>
  upsertEach({
    items: sectors,
    map: refs.sectors,
    findExisting: (s) => findIdBy({ collection: 'sectors', field: 'slug', payload, value: s.key }),
    create: async (s) => {
      const doc = await payload.create({ collection: 'sectors', data: { name: s.name, slug: s.key }, locale: 'vi', ...seedOptions })
      await payload.update({ collection: 'sectors', data: { name: s.nameEn }, id: doc.id, locale: 'en', ...seedOptions })
      return doc.id
    },
  })
