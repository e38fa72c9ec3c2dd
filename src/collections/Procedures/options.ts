/** Which level of government settles the procedure (the National Public Service Portal's "cấp thực hiện"). */
export const procedureLevels = [
  { label: { en: 'Central', vi: 'Cấp trung ương' }, value: 'central' },
  { label: { en: 'Provincial', vi: 'Cấp tỉnh' }, value: 'provincial' },
  { label: { en: 'Commune', vi: 'Cấp xã' }, value: 'commune' },
] as const

export type ProcedureLevel = (typeof procedureLevels)[number]['value']

export const PROCEDURE_LEVELS: readonly ProcedureLevel[] = procedureLevels.map((l) => l.value)
