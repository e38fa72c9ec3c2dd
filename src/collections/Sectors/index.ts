import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { editorsAndAdmins } from '@/access/editorsAndAdmins'
import { slugField } from '@/fields/slug'
import { revalidateAfterChange, revalidateAfterDelete } from '@/lib/cache/revalidate'

export const Sectors: CollectionConfig = {
  slug: 'sectors',
  labels: { singular: { en: 'Sector', vi: 'Ngành, lĩnh vực' }, plural: { en: 'Sectors', vi: 'Ngành, lĩnh vực' } },
  access: { create: editorsAndAdmins, delete: editorsAndAdmins, read: anyone, update: editorsAndAdmins },
  admin: { group: { en: 'Taxonomies', vi: 'Danh mục' }, useAsTitle: 'name' },
  // Filters, the register and the statistics read taxonomies through cached reads tagged by collection.
  hooks: { afterChange: [revalidateAfterChange], afterDelete: [revalidateAfterDelete] },
  defaultSort: 'name',
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, label: { en: 'Name', vi: 'Tên ngành, lĩnh vực' } },
    slugField({ from: 'name' }),
  ],
}
