/**
 * Cụm, khối thi đua mẫu (kế hoạch III.3): hai cụm theo địa bàn gồm các tỉnh,
 * thành phố sau sắp xếp từ 01/7/2025, hai khối theo ngành gồm các đơn vị giả
 * định. Thành phần cụm, tiêu chí, điểm số và đơn vị trưởng luân phiên là nội
 * dung mẫu, không phải kết quả bình xét thật.
 */
export type SeedCriterion = { code: string; name: string; nameEn: string; weight: number; maxPoints: number }

export type SeedClusterYear = {
  year: number
  leadingUnit: string
  deputyUnit: string
  criteria: SeedCriterion[]
  /** Points per member in the criteria's order, then an optional bonus (+) or penalty (−); a member left out is not scored yet. */
  scores: Record<string, [number[], number?]>
  awardNote?: string
  awardNoteEn?: string
}

export type SeedCluster = {
  key: string
  name: string
  nameEn: string
  kind: 'cluster' | 'block'
  level: 'central' | 'ministry' | 'provincial'
  summary: string
  summaryEn: string
  /** A member stands for a province (its code) or is a unit of a sector (its key). */
  members: { name: string; provinceCode?: string; sectorKey?: string }[]
  years: SeedClusterYear[]
}

const provincial = (extra: SeedCriterion[] = []): SeedCriterion[] => [
  { code: 'TC1', name: 'Thực hiện các chỉ tiêu phát triển kinh tế – xã hội', nameEn: 'Socio-economic development targets', weight: 2, maxPoints: 30 },
  { code: 'TC2', name: 'Xây dựng Đảng, chính quyền và cải cách hành chính', nameEn: 'Party building, government and administrative reform', weight: 1.5, maxPoints: 20 },
  { code: 'TC3', name: 'Văn hóa – xã hội, giảm nghèo bền vững', nameEn: 'Culture, society and sustainable poverty reduction', weight: 1, maxPoints: 20 },
  { code: 'TC4', name: 'Quốc phòng, an ninh và đối ngoại', nameEn: 'Defence, security and external relations', weight: 1, maxPoints: 15 },
  { code: 'TC5', name: 'Tổ chức phong trào thi đua, công tác khen thưởng', nameEn: 'Emulation movements and commendation work', weight: 1, maxPoints: 15 },
  ...extra,
]

const digital: SeedCriterion = { code: 'TC6', name: 'Chuyển đổi số, vận hành chính quyền địa phương hai cấp', nameEn: 'Digital transformation and the two-tier local government', weight: 1.5, maxPoints: 15 }

const sectoral = (service: { name: string; nameEn: string }): SeedCriterion[] => [
  { code: 'TC1', name: 'Hoàn thành nhiệm vụ chuyên môn được giao', nameEn: 'Professional tasks accomplished', weight: 2, maxPoints: 40 },
  { code: 'TC2', name: service.name, nameEn: service.nameEn, weight: 1.5, maxPoints: 25 },
  { code: 'TC3', name: 'Cải cách hành chính, chuyển đổi số', nameEn: 'Administrative reform and digital transformation', weight: 1, maxPoints: 20 },
  { code: 'TC4', name: 'Xây dựng tổ chức, phát hiện và nhân rộng điển hình', nameEn: 'Organisation building, finding and spreading exemplars', weight: 1, maxPoints: 15 },
]

const SAMPLE_AWARD = 'Đơn vị dẫn đầu được cụm, khối suy tôn, đề nghị tặng Cờ thi đua của Chính phủ; đơn vị xếp thứ hai đề nghị tặng Bằng khen của Thủ tướng Chính phủ (nội dung mẫu).'
const SAMPLE_AWARD_EN = 'The leading unit was proposed by its peers for the Government Emulation Flag, the runner-up for the Prime Minister’s Certificate of Merit (sample content).'

export const clusters: SeedCluster[] = [
  {
    key: 'cum-thi-dua-cac-tinh-mien-nui-bien-gioi-phia-bac',
    name: 'Cụm thi đua các tỉnh miền núi, biên giới phía Bắc',
    nameEn: 'Emulation cluster of the northern mountain and border provinces',
    kind: 'cluster',
    level: 'central',
    summary:
      'Nội dung mẫu (giả định): bảy tỉnh miền núi, biên giới phía Bắc ký giao ước thi đua hằng năm, tập trung giảm nghèo bền vững, giữ vững quốc phòng, an ninh biên giới và vận hành chính quyền địa phương hai cấp. Thành phần cụm, tiêu chí và điểm số là dữ liệu minh họa.',
    summaryEn:
      'Sample content: seven northern mountain and border provinces sign an emulation agreement every year, focused on sustainable poverty reduction, border defence and security and the two-tier local government. The cluster’s make-up, criteria and scores are illustrative.',
    members: [
      { name: 'Lào Cai', provinceCode: '15' },
      { name: 'Sơn La', provinceCode: '14' },
      { name: 'Điện Biên', provinceCode: '11' },
      { name: 'Lai Châu', provinceCode: '12' },
      { name: 'Cao Bằng', provinceCode: '04' },
      { name: 'Lạng Sơn', provinceCode: '20' },
      { name: 'Tuyên Quang', provinceCode: '08' },
    ],
    years: [
      {
        year: 2024,
        leadingUnit: 'Lào Cai',
        deputyUnit: 'Sơn La',
        criteria: provincial(),
        scores: {
          'Lào Cai': [[27, 18, 17, 13.5, 14]],
          'Sơn La': [[26, 17.5, 18, 14, 13]],
          'Điện Biên': [[25, 18, 17, 14, 13.5]],
          'Lai Châu': [[24.5, 17, 18.5, 13, 13]],
          'Cao Bằng': [[25, 17, 16.5, 14, 13]],
          'Lạng Sơn': [[26, 17, 16.5, 13.5, 13.5]],
          'Tuyên Quang': [[25.5, 17.5, 17, 13, 13], 1],
        },
        awardNote: SAMPLE_AWARD,
        awardNoteEn: SAMPLE_AWARD_EN,
      },
      {
        year: 2025,
        leadingUnit: 'Sơn La',
        deputyUnit: 'Điện Biên',
        criteria: provincial([digital]),
        scores: {
          'Sơn La': [[27.5, 18.5, 18, 14, 14, 13.5]],
          'Lào Cai': [[27, 18, 17.5, 14, 14, 14]],
          'Điện Biên': [[26, 18, 17, 14.5, 13.5, 12]],
          'Lai Châu': [[25, 17.5, 18, 13.5, 13, 12.5]],
          'Cao Bằng': [[25.5, 17, 17.5, 14, 13, 12], -1],
          'Lạng Sơn': [[26.5, 17.5, 17, 14, 13.5, 13]],
        },
      },
    ],
  },
  {
    key: 'cum-thi-dua-nam-trung-bo-va-tay-nguyen',
    name: 'Cụm thi đua các tỉnh, thành phố Nam Trung Bộ và Tây Nguyên',
    nameEn: 'Emulation cluster of the South Central Coast and Central Highlands',
    kind: 'cluster',
    level: 'central',
    summary:
      'Nội dung mẫu (giả định): sáu tỉnh, thành phố duyên hải Nam Trung Bộ và Tây Nguyên sau sắp xếp đơn vị hành chính thi đua về tăng trưởng kinh tế, an sinh xã hội, xóa nhà tạm, nhà dột nát và cải cách hành chính. Điểm số là dữ liệu minh họa.',
    summaryEn:
      'Sample content: six provinces and cities of the South Central Coast and the Central Highlands, as merged in 2025, compete on growth, social welfare, replacing makeshift housing and administrative reform. The scores are illustrative.',
    members: [
      { name: 'Đà Nẵng', provinceCode: '48' },
      { name: 'Khánh Hòa', provinceCode: '56' },
      { name: 'Gia Lai', provinceCode: '52' },
      { name: 'Quảng Ngãi', provinceCode: '51' },
      { name: 'Đắk Lắk', provinceCode: '66' },
      { name: 'Lâm Đồng', provinceCode: '68' },
    ],
    years: [
      {
        year: 2024,
        leadingUnit: 'Đà Nẵng',
        deputyUnit: 'Khánh Hòa',
        criteria: provincial().slice(0, 4),
        scores: {
          'Đà Nẵng': [[28, 18.5, 17.5, 14]],
          'Khánh Hòa': [[27, 18, 18, 13.5]],
          'Gia Lai': [[25.5, 17, 18.5, 14.5]],
          'Quảng Ngãi': [[26, 17, 17, 14]],
          'Đắk Lắk': [[25, 17.5, 18, 14], 0.5],
          'Lâm Đồng': [[26.5, 17.5, 17, 13.5]],
        },
        awardNote: SAMPLE_AWARD,
        awardNoteEn: SAMPLE_AWARD_EN,
      },
      {
        year: 2025,
        leadingUnit: 'Khánh Hòa',
        deputyUnit: 'Gia Lai',
        criteria: [...provincial().slice(0, 4), { ...digital, code: 'TC5' }],
        scores: {
          'Khánh Hòa': [[27.5, 18.5, 18, 14, 13.5]],
          'Đà Nẵng': [[28, 18, 17.5, 13.5, 14.5]],
          'Gia Lai': [[26, 17.5, 18.5, 14.5, 12.5]],
          'Quảng Ngãi': [[26.5, 17, 17.5, 14, 12]],
          'Đắk Lắk': [[25.5, 17.5, 18, 14, 12.5]],
          'Lâm Đồng': [[26, 18, 17, 14, 13], -0.5],
        },
      },
    ],
  },
  {
    key: 'khoi-thi-dua-cac-benh-vien-va-trung-tam-y-te-mau',
    name: 'Khối thi đua các bệnh viện và trung tâm y tế (mẫu)',
    nameEn: 'Emulation block of hospitals and health centres (sample)',
    kind: 'block',
    level: 'ministry',
    summary:
      'Nội dung mẫu: năm bệnh viện, trung tâm y tế giả định cùng ngành y tế ký giao ước thi đua về chất lượng khám, chữa bệnh, sự hài lòng của người bệnh và chuyển đổi số; đơn vị trưởng khối luân phiên hằng năm.',
    summaryEn:
      'Sample content: five fictional hospitals and health centres of the health sector agree each year to compete on care quality, patient satisfaction and digital transformation; the leading unit rotates yearly.',
    members: [
      { name: 'Bệnh viện Đa khoa An Bình (giả định)', sectorKey: 'y-te' },
      { name: 'Bệnh viện Sản – Nhi Bình Minh (giả định)', sectorKey: 'y-te' },
      { name: 'Trung tâm Kiểm soát bệnh tật Hòa Xuân (giả định)', sectorKey: 'y-te' },
      { name: 'Bệnh viện Y học cổ truyền Thanh Tâm (giả định)', sectorKey: 'y-te' },
      { name: 'Bệnh viện Phục hồi chức năng Hướng Dương (giả định)', sectorKey: 'y-te' },
    ],
    years: [
      {
        year: 2024,
        leadingUnit: 'Bệnh viện Đa khoa An Bình (giả định)',
        deputyUnit: 'Bệnh viện Sản – Nhi Bình Minh (giả định)',
        criteria: sectoral({ name: 'Chất lượng khám, chữa bệnh và sự hài lòng của người bệnh', nameEn: 'Quality of care and patient satisfaction' }),
        scores: {
          'Bệnh viện Đa khoa An Bình (giả định)': [[36, 22, 17, 13]],
          'Bệnh viện Sản – Nhi Bình Minh (giả định)': [[35, 23, 17.5, 13]],
          'Trung tâm Kiểm soát bệnh tật Hòa Xuân (giả định)': [[34.5, 21, 18, 14]],
          'Bệnh viện Y học cổ truyền Thanh Tâm (giả định)': [[34, 22, 16, 13.5]],
          'Bệnh viện Phục hồi chức năng Hướng Dương (giả định)': [[33, 21.5, 16.5, 13], 1],
        },
        awardNote: SAMPLE_AWARD,
        awardNoteEn: SAMPLE_AWARD_EN,
      },
      {
        year: 2025,
        leadingUnit: 'Bệnh viện Sản – Nhi Bình Minh (giả định)',
        deputyUnit: 'Trung tâm Kiểm soát bệnh tật Hòa Xuân (giả định)',
        criteria: sectoral({ name: 'Chất lượng khám, chữa bệnh và sự hài lòng của người bệnh', nameEn: 'Quality of care and patient satisfaction' }),
        scores: {
          'Bệnh viện Sản – Nhi Bình Minh (giả định)': [[37, 23.5, 18, 14]],
          'Bệnh viện Đa khoa An Bình (giả định)': [[36.5, 22.5, 17.5, 13.5]],
          'Trung tâm Kiểm soát bệnh tật Hòa Xuân (giả định)': [[35, 22, 18.5, 14]],
          'Bệnh viện Y học cổ truyền Thanh Tâm (giả định)': [[34.5, 22.5, 17, 13.5]],
          'Bệnh viện Phục hồi chức năng Hướng Dương (giả định)': [[34, 22, 17, 13]],
        },
      },
    ],
  },
  {
    key: 'khoi-thi-dua-cac-truong-dai-hoc-cao-dang-mau',
    name: 'Khối thi đua các trường đại học, cao đẳng (mẫu)',
    nameEn: 'Emulation block of universities and colleges (sample)',
    kind: 'block',
    level: 'ministry',
    summary:
      'Nội dung mẫu: bốn trường đại học, cao đẳng giả định cùng ngành giáo dục và đào tạo thi đua về chất lượng đào tạo, nghiên cứu khoa học và chuyển đổi số trong quản trị nhà trường.',
    summaryEn:
      'Sample content: four fictional universities and colleges of the education sector compete on teaching quality, research and digital administration.',
    members: [
      { name: 'Trường Đại học Sư phạm Đông Hải (giả định)', sectorKey: 'giao-duc' },
      { name: 'Trường Đại học Kỹ thuật Bắc Sơn (giả định)', sectorKey: 'giao-duc' },
      { name: 'Trường Cao đẳng Y tế Hòa An (giả định)', sectorKey: 'giao-duc' },
      { name: 'Trường Đại học Nông Lâm Cao Nguyên (giả định)', sectorKey: 'giao-duc' },
    ],
    years: [
      {
        year: 2024,
        leadingUnit: 'Trường Đại học Kỹ thuật Bắc Sơn (giả định)',
        deputyUnit: 'Trường Cao đẳng Y tế Hòa An (giả định)',
        criteria: sectoral({ name: 'Chất lượng đào tạo, nghiên cứu khoa học', nameEn: 'Teaching quality and research' }),
        scores: {
          'Trường Đại học Kỹ thuật Bắc Sơn (giả định)': [[36, 23, 18, 13]],
          'Trường Đại học Sư phạm Đông Hải (giả định)': [[35.5, 22.5, 17, 13.5]],
          'Trường Cao đẳng Y tế Hòa An (giả định)': [[35, 22, 17.5, 14]],
          'Trường Đại học Nông Lâm Cao Nguyên (giả định)': [[34, 22, 17, 13], 0.5],
        },
      },
      {
        year: 2025,
        leadingUnit: 'Trường Cao đẳng Y tế Hòa An (giả định)',
        deputyUnit: 'Trường Đại học Nông Lâm Cao Nguyên (giả định)',
        criteria: sectoral({ name: 'Chất lượng đào tạo, nghiên cứu khoa học', nameEn: 'Teaching quality and research' }),
        scores: {
          'Trường Cao đẳng Y tế Hòa An (giả định)': [[36.5, 23, 18, 14]],
          'Trường Đại học Kỹ thuật Bắc Sơn (giả định)': [[36, 23, 18, 13.5]],
          'Trường Đại học Sư phạm Đông Hải (giả định)': [[36, 22.5, 17.5, 13.5]],
          'Trường Đại học Nông Lâm Cao Nguyên (giả định)': [[35, 22.5, 17.5, 13.5]],
        },
        awardNote: SAMPLE_AWARD,
        awardNoteEn: SAMPLE_AWARD_EN,
      },
    ],
  },
]
