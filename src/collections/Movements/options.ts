export const movementTypes = [
  { label: { en: 'Annual', vi: 'Thường xuyên (hằng năm)' }, value: 'annual' },
  { label: { en: 'Periodic', vi: 'Theo đợt' }, value: 'periodic' },
  { label: { en: 'Thematic', vi: 'Theo chuyên đề' }, value: 'thematic' },
]

export const movementLevels = [
  { label: { en: 'National', vi: 'Toàn quốc' }, value: 'national' },
  { label: { en: 'Ministry / sector', vi: 'Bộ, ngành' }, value: 'ministry' },
  { label: { en: 'Provincial', vi: 'Tỉnh, thành phố' }, value: 'provincial' },
  { label: { en: 'Grassroots', vi: 'Cơ sở' }, value: 'grassroots' },
]

export const milestoneKinds = [
  { label: { en: 'Launch', vi: 'Phát động' }, value: 'launch' },
  { label: { en: 'Preliminary review', vi: 'Sơ kết' }, value: 'preliminaryReview' },
  { label: { en: 'Final review', vi: 'Tổng kết' }, value: 'finalReview' },
  { label: { en: 'Other', vi: 'Khác' }, value: 'other' },
]
