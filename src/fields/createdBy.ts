import type { FieldHook, RelationshipField } from 'payload'

/** Stamped once, on create, from the logged-in user; later writes cannot change it. */
const stampCreator: FieldHook = ({ operation, originalDoc, req, value }) => {
  if (operation === 'create') return req.user?.id ?? value ?? null
  return originalDoc?.createdBy ?? value
}

export const createdByField: RelationshipField = {
  name: 'createdBy',
  type: 'relationship',
  relationTo: 'users',
  index: true,
  label: { en: 'Created by', vi: 'Người tạo' },
  admin: { position: 'sidebar', readOnly: true },
  hooks: { beforeChange: [stampCreator] },
}
