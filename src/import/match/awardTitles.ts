import type { Award } from '@/payload-types'

export type AwardFormValue = Award['form']

/**
 * The titles of Law 06/2022/QH15 (and the resistance-era orders and medals
 * older decisions name), spelled as decisions write them. A cell that names
 * one of these, in any spelling the matcher folds together, gets this
 * spelling back; `classes` adds "hạng Nhất/Nhì/Ba".
 */
export type KnownTitle = { form: AwardFormValue; title: string; classes?: 2 | 3; aliases?: string[] }

export const knownTitles: KnownTitle[] = [
  { form: 'order', title: 'Huân chương Sao vàng' },
  { form: 'order', title: 'Huân chương Hồ Chí Minh' },
  { classes: 3, form: 'order', title: 'Huân chương Độc lập' },
  { classes: 3, form: 'order', title: 'Huân chương Quân công' },
  { classes: 3, form: 'order', title: 'Huân chương Lao động' },
  { classes: 3, form: 'order', title: 'Huân chương Bảo vệ Tổ quốc' },
  { classes: 3, form: 'order', title: 'Huân chương Chiến công' },
  { form: 'order', title: 'Huân chương Đại đoàn kết dân tộc' },
  { form: 'order', title: 'Huân chương Dũng cảm' },
  { form: 'order', title: 'Huân chương Hữu nghị' },
  { classes: 3, form: 'order', title: 'Huân chương Kháng chiến' },
  { classes: 3, form: 'order', title: 'Huân chương Chiến thắng' },
  { form: 'medal', title: 'Huy chương Quân kỳ quyết thắng' },
  { form: 'medal', title: 'Huy chương Vì an ninh Tổ quốc' },
  { classes: 3, form: 'medal', title: 'Huy chương Chiến sĩ vẻ vang' },
  { form: 'medal', title: 'Huy chương Hữu nghị' },
  { classes: 2, form: 'medal', title: 'Huy chương Kháng chiến' },
  { aliases: ['Mẹ Việt Nam anh hùng'], form: 'stateHonoraryTitle', title: 'Bà mẹ Việt Nam anh hùng' },
  { form: 'stateHonoraryTitle', title: 'Anh hùng Lực lượng vũ trang nhân dân' },
  { form: 'stateHonoraryTitle', title: 'Anh hùng Lao động' },
  { form: 'stateHonoraryTitle', title: 'Nhà giáo nhân dân' },
  { form: 'stateHonoraryTitle', title: 'Nhà giáo ưu tú' },
  { form: 'stateHonoraryTitle', title: 'Thầy thuốc nhân dân' },
  { form: 'stateHonoraryTitle', title: 'Thầy thuốc ưu tú' },
  { form: 'stateHonoraryTitle', title: 'Nghệ sĩ nhân dân' },
  { form: 'stateHonoraryTitle', title: 'Nghệ sĩ ưu tú' },
  { form: 'stateHonoraryTitle', title: 'Nghệ nhân nhân dân' },
  { form: 'stateHonoraryTitle', title: 'Nghệ nhân ưu tú' },
  { form: 'prize', title: 'Giải thưởng Hồ Chí Minh' },
  { form: 'prize', title: 'Giải thưởng Nhà nước' },
  { aliases: ['Bằng khen Thủ tướng'], form: 'certificateOfMerit', title: 'Bằng khen của Thủ tướng Chính phủ' },
  { form: 'emulationTitle', title: 'Chiến sĩ thi đua toàn quốc' },
  { form: 'emulationTitle', title: 'Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh' },
  { form: 'emulationTitle', title: 'Chiến sĩ thi đua cấp bộ' },
  { form: 'emulationTitle', title: 'Chiến sĩ thi đua cấp tỉnh' },
  { form: 'emulationTitle', title: 'Chiến sĩ thi đua cơ sở' },
  { form: 'emulationTitle', title: 'Lao động tiên tiến' },
  { form: 'emulationTitle', title: 'Chiến sĩ tiên tiến' },
  { aliases: ['Cờ thi đua Chính phủ'], form: 'emulationTitle', title: 'Cờ thi đua của Chính phủ' },
  { form: 'emulationTitle', title: 'Cờ thi đua cấp bộ' },
  { form: 'emulationTitle', title: 'Cờ thi đua cấp tỉnh' },
  { form: 'emulationTitle', title: 'Tập thể lao động xuất sắc' },
  { form: 'emulationTitle', title: 'Tập thể lao động tiên tiến' },
  { form: 'emulationTitle', title: 'Đơn vị quyết thắng' },
  { form: 'emulationTitle', title: 'Đơn vị tiên tiến' },
]

/**
 * How a cell that is not one of the titles above still shows its form: it
 * starts with these words (folded). `exact` words count only on their own
 * ("Giải thưởng" alone is the prize form; "Giải thưởng Báo chí" is no state prize).
 * `name` is the title given back when the cell is the form alone.
 */
export const formWords: { form: AwardFormValue; name: string; starts: string[]; exact?: string[] }[] = [
  { form: 'order', name: 'Huân chương', starts: ['huan chuong'] },
  { form: 'medal', name: 'Huy chương', starts: ['huy chuong'] },
  {
    form: 'stateHonoraryTitle',
    name: 'Danh hiệu vinh dự Nhà nước',
    starts: ['anh hung', 'ba me viet nam anh hung', 'me viet nam anh hung', 'nha giao nhan dan', 'nha giao uu tu', 'thay thuoc nhan dan', 'thay thuoc uu tu', 'nghe si nhan dan', 'nghe si uu tu', 'nghe nhan nhan dan', 'nghe nhan uu tu'],
  },
  { exact: ['giai thuong'], form: 'prize', name: 'Giải thưởng', starts: ['giai thuong ho chi minh', 'giai thuong nha nuoc'] },
  { form: 'commemorativeMedal', name: 'Kỷ niệm chương', starts: ['ky niem chuong'] },
  { form: 'certificateOfMerit', name: 'Bằng khen', starts: ['bang khen'] },
  { form: 'certificateOfCommendation', name: 'Giấy khen', starts: ['giay khen'] },
  {
    form: 'emulationTitle',
    name: 'Danh hiệu thi đua',
    starts: ['chien si thi dua', 'chien si tien tien', 'co thi dua', 'lao dong tien tien', 'tap the lao dong xuat sac', 'tap the lao dong tien tien', 'don vi quyet thang', 'don vi tien tien'],
  },
]

/** Abbreviations offices write, as folded words: "HCLĐ" → "hcld". */
export const abbreviations: Record<string, string> = {
  ahld: 'anh hung lao dong',
  bk: 'bang khen',
  cstd: 'chien si thi dua',
  cstdcs: 'chien si thi dua co so',
  cstdtq: 'chien si thi dua toan quoc',
  gk: 'giay khen',
  hcbvtq: 'huan chuong bao ve to quoc',
  hccc: 'huan chuong chien cong',
  hcdl: 'huan chuong doc lap',
  hcld: 'huan chuong lao dong',
  hcqc: 'huan chuong quan cong',
  knc: 'ky niem chuong',
  ldtt: 'lao dong tien tien',
  llvtnd: 'luc luong vu trang nhan dan',
  ngnd: 'nha giao nhan dan',
  ngut: 'nha giao uu tu',
  nsnd: 'nghe si nhan dan',
  nsut: 'nghe si uu tu',
  ttcp: 'thu tuong chinh phu',
  ttg: 'thu tuong',
  ttldtt: 'tap the lao dong tien tien',
  ttldxs: 'tap the lao dong xuat sac',
  ttnd: 'thay thuoc nhan dan',
  ttut: 'thay thuoc uu tu',
}
