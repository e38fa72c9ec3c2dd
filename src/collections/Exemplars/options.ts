/** Choices shared by the exemplar config, the seed and the site. */
export const exemplarKinds = [
  { label: { en: 'Individual', vi: 'Cá nhân' }, value: 'individual' },
  { label: { en: 'Collective', vi: 'Tập thể' }, value: 'collective' },
]

/** II.2c: discover → nurture → summarize → replicate. */
export const exemplarStages = [
  { label: { en: 'Discovered', vi: 'Phát hiện' }, value: 'discovered' },
  { label: { en: 'Nurtured', vi: 'Bồi dưỡng' }, value: 'nurtured' },
  { label: { en: 'Summarized', vi: 'Tổng kết' }, value: 'summarized' },
  { label: { en: 'Replicated', vi: 'Nhân rộng' }, value: 'replicated' },
]

/** II.3b–d: the groups the plan asks to reach and to report on. */
export const exemplarFlags = [
  { name: 'directWorker', label: { en: 'Direct worker', vi: 'Người trực tiếp lao động, sản xuất, công tác, chiến đấu' } },
  { name: 'remote', label: { en: 'Remote or mountain area', vi: 'Vùng sâu, vùng xa, miền núi' } },
  { name: 'border', label: { en: 'Border area', vi: 'Biên giới' } },
  { name: 'island', label: { en: 'Island', vi: 'Hải đảo' } },
  { name: 'ethnicMinority', label: { en: 'Ethnic-minority area', vi: 'Vùng đồng bào dân tộc thiểu số' } },
  { name: 'foreign', label: { en: 'Foreign national', vi: 'Người nước ngoài' } },
] as const
