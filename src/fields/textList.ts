import type { ArrayField } from 'payload'

type Label = { en: string; vi: string }

/** An ordered list of localized lines (objectives, measures, criteria …). */
export const textList = ({ label, name }: { label: Label; name: string }): ArrayField => ({
  name,
  type: 'array',
  label,
  fields: [{ name: 'text', type: 'textarea', required: true, localized: true, label }],
})
