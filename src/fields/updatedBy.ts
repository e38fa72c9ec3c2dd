import type { FieldHook, RelationshipField } from 'payload'

/**
 * Stamped on every write, so each saved version records who made it
 * (versions keep the when in `updatedAt`, but not the who).
 */
const stampEditor: FieldHook = ({ originalDoc, req, value }) => req.user?.id ?? value ?? originalDoc?.updatedBy ?? null

export const updatedByField: RelationshipField = {
  name: 'updatedBy',
  type: 'relationship',
  relationTo: 'users',
  label: { en: 'Last changed by', vi: 'Người sửa gần nhất' },
  admin: { position: 'sidebar', readOnly: true },
  hooks: { beforeChange: [stampEditor] },
}
