/** Law 06/2022/QH15 art. 9 lists seven forms; emulation titles (art. 8) are the eighth choice. */
export const awardForms = [
  { label: { en: 'Order', vi: 'Huân chương' }, value: 'order' },
  { label: { en: 'Medal', vi: 'Huy chương' }, value: 'medal' },
  { label: { en: 'State honorary title', vi: 'Danh hiệu vinh dự Nhà nước' }, value: 'stateHonoraryTitle' },
  { label: { en: 'Ho Chi Minh Prize / State Prize', vi: 'Giải thưởng Hồ Chí Minh, Giải thưởng Nhà nước' }, value: 'prize' },
  { label: { en: 'Commemorative medal', vi: 'Kỷ niệm chương' }, value: 'commemorativeMedal' },
  { label: { en: 'Certificate of merit', vi: 'Bằng khen' }, value: 'certificateOfMerit' },
  { label: { en: 'Certificate of commendation', vi: 'Giấy khen' }, value: 'certificateOfCommendation' },
  { label: { en: 'Emulation title', vi: 'Danh hiệu thi đua' }, value: 'emulationTitle' },
]
