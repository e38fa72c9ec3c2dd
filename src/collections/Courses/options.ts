/** Who a course is for (the catalogue filters by it: src/training/filters.ts). */
export const courseAudiences = [
  { label: { en: 'Emulation & commendation officers', vi: 'Cán bộ làm công tác thi đua, khen thưởng' }, value: 'officers' },
  { label: { en: 'Political school students', vi: 'Học viên trường chính trị' }, value: 'students' },
  { label: { en: 'Leaders and managers', vi: 'Cán bộ lãnh đạo, quản lý' }, value: 'leaders' },
  { label: { en: 'Everyone', vi: 'Mọi người' }, value: 'public' },
]
