/** What kind of gathering an event is (plan II.4d honouring, II.7 congresses). */
export const eventKinds = [
  { label: { en: 'Honouring ceremony', vi: 'Lễ tôn vinh, tuyên dương' }, value: 'honouring' },
  { label: { en: 'Patriotic emulation congress', vi: 'Đại hội thi đua yêu nước' }, value: 'congress' },
  { label: { en: 'Preliminary review conference', vi: 'Hội nghị sơ kết' }, value: 'preliminaryReview' },
  { label: { en: 'Final review conference', vi: 'Hội nghị tổng kết' }, value: 'finalReview' },
  { label: { en: 'Movement launch', vi: 'Lễ phát động phong trào' }, value: 'movementLaunch' },
  { label: { en: 'Award ceremony', vi: 'Lễ trao tặng, đón nhận khen thưởng' }, value: 'awardCeremony' },
  { label: { en: 'Training', vi: 'Tập huấn, bồi dưỡng' }, value: 'training' },
  { label: { en: 'Other', vi: 'Khác' }, value: 'other' },
] as const

export type EventKind = (typeof eventKinds)[number]['value']

export const EVENT_KINDS: readonly EventKind[] = eventKinds.map((k) => k.value)
