import type { ProcedureLevel } from '@/collections/Procedures/options'

/**
 * Thủ tục hành chính mẫu về thi đua, khen thưởng. Tên thủ tục là tên thật;
 * phần trình bày do nhóm biên soạn tự viết cho dễ đọc, không chép từ Cổng
 * Dịch vụ công quốc gia. Cấp thực hiện theo mô hình chính quyền địa phương
 * hai cấp từ ngày 01/7/2025 (trung ương, tỉnh, xã). Mã thủ tục để trống vì
 * nhóm chưa đối chiếu được mã trong Cơ sở dữ liệu quốc gia về thủ tục hành chính.
 */

/** A sample form, generated as a PDF at seed time; procedures name it by key. */
export type SeedProcedureForm = { key: string; title: string; paragraphs: string[] }

export type SeedProcedure = {
  /** Doubles as the slug. */
  key: string
  name: string
  level: ProcedureLevel
  agency: string
  summary: string
  applicants: string[]
  steps: { title: string; detail: string }[]
  dossier: { name: string; formKey?: string }[]
  copies: string
  processingTime: string
  result: string
  legalBasisKeys: string[]
  draft?: boolean
}

/** The portal's home page: the seed does not invent deep links to its entries. */
export const PORTAL_URL = 'https://dichvucong.gov.vn/'

/** Thi đua, khen thưởng procedures charge nothing. */
export const FEES = 'Không thu phí, lệ phí.'
const COPIES = '01 bộ hồ sơ (bản giấy hoặc bản điện tử theo hướng dẫn của cơ quan tiếp nhận).'
const LAW = ['luat-thi-dua-khen-thuong-2022', 'nghi-dinh-152-2025-nd-cp']

const SAMPLE_NOTE = 'Đây là mẫu minh họa do dự án Thi đua biên soạn để hướng dẫn cách trình bày; số hiệu mẫu là số thứ tự riêng của trang. Khi nộp hồ sơ, hãy dùng biểu mẫu theo quy định hiện hành, công bố trên Cổng Dịch vụ công quốc gia.'
const HEADER = ['TÊN CƠ QUAN, ĐƠN VỊ CẤP TRÊN ……………', 'TÊN CƠ QUAN, ĐƠN VỊ ……………', 'Số: ……/……', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM – Độc lập – Tự do – Hạnh phúc', '……………, ngày …… tháng …… năm ……']
const SIGNATURE = 'NGƯỜI ĐỨNG ĐẦU CƠ QUAN, ĐƠN VỊ (ký, ghi rõ họ tên, đóng dấu)'

export const procedureForms: SeedProcedureForm[] = [
  {
    key: 'to-trinh',
    title: 'Mẫu số 01 – Tờ trình đề nghị khen thưởng (mẫu minh họa)',
    paragraphs: [
      SAMPLE_NOTE,
      ...HEADER,
      '## TỜ TRÌNH về việc đề nghị khen thưởng',
      'Kính gửi: …………………………… (cấp có thẩm quyền quyết định khen thưởng)',
      'Căn cứ Luật Thi đua, khen thưởng và các văn bản hướng dẫn thi hành; căn cứ kết quả họp Hội đồng Thi đua – Khen thưởng ngày ……/……/…… .',
      '1. Tóm tắt thành tích nổi bật của các tập thể, cá nhân được đề nghị: ……………………………………………',
      '2. Số lượng đề nghị: …… tập thể, …… cá nhân (có danh sách kèm theo), trong đó …… người trực tiếp lao động, sản xuất, công tác.',
      '3. Hình thức đề nghị: ……………………………………………',
      '4. Kết quả lấy ý kiến, công khai (nếu có): ……………………………………………',
      'Kính trình …………………………… xem xét, quyết định.',
      SIGNATURE,
    ],
  },
  {
    key: 'bao-cao-tap-the',
    title: 'Mẫu số 02 – Báo cáo thành tích của tập thể (mẫu minh họa)',
    paragraphs: [
      SAMPLE_NOTE,
      ...HEADER,
      '## BÁO CÁO THÀNH TÍCH đề nghị tặng …………………… cho tập thể ……………………',
      '## I. Sơ lược đặc điểm, tình hình',
      'Tên đầy đủ của tập thể, địa chỉ, năm thành lập; chức năng, nhiệm vụ; cơ cấu tổ chức, số người; những thuận lợi, khó khăn chính trong thời gian đề nghị khen thưởng.',
      '## II. Thành tích đạt được',
      'Kết quả thực hiện nhiệm vụ chính theo từng năm, có số liệu so với kế hoạch và so với năm trước; các phong trào thi đua đã tổ chức và hiệu quả; sáng kiến, giải pháp được áp dụng; công tác xây dựng tổ chức đảng, đoàn thể.',
      '## III. Các hình thức khen thưởng đã được ghi nhận',
      'Ghi rõ danh hiệu thi đua, hình thức khen thưởng đã nhận, số và ngày của quyết định, cơ quan ban hành.',
      'XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG (ký, đóng dấu) – THỦ TRƯỞNG ĐƠN VỊ (ký, ghi rõ họ tên, đóng dấu)',
    ],
  },
  {
    key: 'bao-cao-ca-nhan',
    title: 'Mẫu số 03 – Báo cáo thành tích của cá nhân (mẫu minh họa)',
    paragraphs: [
      SAMPLE_NOTE,
      '## BÁO CÁO THÀNH TÍCH đề nghị tặng ……………………',
      'Họ và tên: ……………… Giới tính: …… Ngày sinh: ……/……/…… Dân tộc: ……',
      'Quê quán: ……………… Nơi thường trú: ………………',
      'Đơn vị công tác, chức vụ: ……………… Trình độ chuyên môn: ………………',
      '## I. Sơ lược quá trình công tác',
      'Những mốc chính: thời gian, nơi công tác, chức vụ đảm nhiệm.',
      '## II. Thành tích đạt được',
      'Quyền hạn, nhiệm vụ được giao; kết quả thực hiện có số liệu cụ thể; sáng kiến, đề tài, giải pháp (tên, cấp công nhận, hiệu quả và phạm vi ảnh hưởng); việc học tập, tu dưỡng và tham gia phong trào thi đua.',
      '## III. Các hình thức khen thưởng đã được ghi nhận',
      'Năm, danh hiệu hoặc hình thức khen thưởng, số và ngày quyết định, cơ quan ban hành.',
      'THỦ TRƯỞNG ĐƠN VỊ XÁC NHẬN (ký, đóng dấu) – NGƯỜI BÁO CÁO THÀNH TÍCH (ký, ghi rõ họ tên)',
    ],
  },
  {
    key: 'bien-ban-hoi-dong',
    title: 'Mẫu số 04 – Biên bản họp Hội đồng Thi đua – Khen thưởng (mẫu minh họa)',
    paragraphs: [
      SAMPLE_NOTE,
      ...HEADER,
      '## BIÊN BẢN họp Hội đồng Thi đua – Khen thưởng',
      'Thời gian, địa điểm: ……………………………………………',
      'Thành phần: Chủ tịch Hội đồng ……………; tổng số thành viên ……; có mặt ……; vắng mặt …… (lý do: ……).',
      'Nội dung: Hội đồng xem xét đề nghị khen thưởng đối với …… tập thể, …… cá nhân; đối chiếu tiêu chuẩn, điều kiện và thảo luận từng trường hợp.',
      'Kết quả bỏ phiếu kín: ghi số phiếu đồng ý trên tổng số thành viên Hội đồng đối với từng tập thể, cá nhân (có danh sách kèm theo).',
      'Kết luận của Chủ tịch Hội đồng: ……………………………………………',
      'THƯ KÝ HỘI ĐỒNG (ký, ghi rõ họ tên) – CHỦ TỊCH HỘI ĐỒNG (ký, ghi rõ họ tên)',
    ],
  },
  {
    key: 'ban-khai-ba-me',
    title: 'Mẫu số 05 – Bản khai đề nghị tặng danh hiệu “Bà mẹ Việt Nam anh hùng” (mẫu minh họa)',
    paragraphs: [
      SAMPLE_NOTE,
      '## BẢN KHAI đề nghị tặng (truy tặng) danh hiệu vinh dự Nhà nước “Bà mẹ Việt Nam anh hùng”',
      'Họ và tên người mẹ: ……………… Năm sinh: …… Còn sống / Đã mất (năm ……)',
      'Quê quán: ……………… Nơi cư trú (hoặc nơi cư trú trước khi mất): ………………',
      'Họ và tên người kê khai (nếu không phải người mẹ): ……………… Quan hệ với người mẹ: ………………',
      '## Thông tin về chồng, con là liệt sĩ',
      'Với mỗi người: họ và tên, quan hệ với mẹ, năm sinh, ngày hy sinh, nơi hy sinh; số và ngày của Bằng “Tổ quốc ghi công” hoặc quyết định cấp Bằng.',
      '## Thông tin khác (nếu có)',
      'Con duy nhất là liệt sĩ, mẹ là liệt sĩ, con là thương binh có tỷ lệ tổn thương cơ thể từ 81% trở lên… và giấy tờ chứng minh kèm theo.',
      'Tôi cam đoan những điều khai trên là đúng sự thật.',
      'XÁC NHẬN CỦA ỦY BAN NHÂN DÂN CẤP XÃ (ký, đóng dấu) – NGƯỜI KHAI (ký, ghi rõ họ tên)',
    ],
  },
  {
    key: 'danh-sach-de-nghi',
    title: 'Mẫu số 06 – Danh sách đề nghị khen thưởng (mẫu minh họa)',
    paragraphs: [
      SAMPLE_NOTE,
      ...HEADER,
      '## DANH SÁCH tập thể, cá nhân đề nghị khen thưởng',
      'Kèm theo Tờ trình số ……/…… ngày ……/……/…… của ……………',
      '## I. Tập thể',
      'Số thứ tự – Tên tập thể (ghi đầy đủ, đúng tên trong quyết định thành lập) – Hình thức đề nghị – Ghi chú.',
      '## II. Cá nhân',
      'Số thứ tự – Họ và tên – Năm sinh – Giới tính – Chức vụ, đơn vị công tác – Hình thức đề nghị – Ghi chú (người trực tiếp lao động, sản xuất, công tác; người dân tộc thiểu số…).',
      SIGNATURE,
    ],
  },
]

const CENTRAL_STEPS_TTG = (title: string): SeedProcedure['steps'] => [
  {
    title: 'Cơ sở bình xét và lập hồ sơ',
    detail: `Tập thể, cá nhân viết báo cáo thành tích. Hội đồng Thi đua – Khen thưởng của cơ quan, đơn vị họp xét, bỏ phiếu kín; người đứng đầu đơn vị ký tờ trình gửi cấp trên trực tiếp đề nghị ${title}.`,
  },
  {
    title: 'Bộ, ngành, tỉnh xét và trình',
    detail: 'Hội đồng Thi đua – Khen thưởng của bộ, ban, ngành, tỉnh xem xét, bỏ phiếu. Người đứng đầu bộ, ban, ngành hoặc Chủ tịch Ủy ban nhân dân cấp tỉnh ký tờ trình, gửi hồ sơ đến Bộ Nội vụ (Ban Thi đua – Khen thưởng Trung ương).',
  },
  {
    title: 'Bộ Nội vụ thẩm định',
    detail: 'Ban Thi đua – Khen thưởng Trung ương kiểm tra hồ sơ có đủ và đúng không, đối chiếu thành tích với tiêu chuẩn. Hồ sơ còn thiếu được thông báo để cấp trình bổ sung.',
  },
  {
    title: 'Trình và quyết định',
    detail: 'Bộ Nội vụ trình Thủ tướng Chính phủ xem xét, quyết định.',
  },
  {
    title: 'Trả kết quả',
    detail: 'Quyết định và hiện vật khen thưởng được gửi về cơ quan đã trình để tổ chức trao tặng; cơ quan trình thông báo cho tập thể, cá nhân được khen.',
  },
]

const CENTRAL_TIME = 'Tính theo ngày làm việc, từ khi Bộ Nội vụ nhận đủ hồ sơ hợp lệ.'
const PROVINCIAL_TIME = 'Tính theo ngày làm việc, từ khi Sở Nội vụ nhận đủ hồ sơ hợp lệ.'
const COMMUNE_TIME = 'Tính theo ngày làm việc, từ khi Ủy ban nhân dân cấp xã nhận đủ hồ sơ hợp lệ.'

const CENTRAL_AGENCY = 'Bộ Nội vụ (Ban Thi đua – Khen thưởng Trung ương) thẩm định; Thủ tướng Chính phủ quyết định'
const PROVINCIAL_AGENCY = 'Sở Nội vụ thẩm định; Chủ tịch Ủy ban nhân dân tỉnh, thành phố quyết định'
const COMMUNE_AGENCY = 'Ủy ban nhân dân cấp xã (công chức phụ trách thi đua, khen thưởng); Chủ tịch Ủy ban nhân dân cấp xã quyết định'

const PROVINCIAL_STEPS = (title: string): SeedProcedure['steps'] => [
  {
    title: 'Cơ quan, đơn vị lập hồ sơ',
    detail: `Sở, ban, ngành, Ủy ban nhân dân cấp xã hoặc doanh nghiệp, tổ chức trên địa bàn tổ chức bình xét, họp Hội đồng Thi đua – Khen thưởng và ký tờ trình đề nghị ${title}.`,
  },
  {
    title: 'Nộp hồ sơ tại Sở Nội vụ',
    detail: 'Hồ sơ gửi đến Sở Nội vụ (bộ phận thi đua, khen thưởng) trực tiếp, qua bưu chính hoặc qua môi trường điện tử.',
  },
  {
    title: 'Thẩm định và trình Hội đồng',
    detail: 'Sở Nội vụ kiểm tra hồ sơ, đối chiếu tiêu chuẩn; trường hợp cần thiết, trình Hội đồng Thi đua – Khen thưởng cấp tỉnh xem xét trước khi trình Chủ tịch Ủy ban nhân dân cấp tỉnh.',
  },
  {
    title: 'Quyết định và trả kết quả',
    detail: 'Chủ tịch Ủy ban nhân dân cấp tỉnh ký quyết định; Sở Nội vụ gửi quyết định và hiện vật khen thưởng cho đơn vị trình để tổ chức trao tặng.',
  },
]

const COMMUNE_STEPS = (title: string): SeedProcedure['steps'] => [
  {
    title: 'Thôn, tổ dân phố, đơn vị bình xét',
    detail: `Thôn, tổ dân phố, trường học, trạm y tế, hợp tác xã và các đơn vị trên địa bàn bình xét công khai, lập danh sách đề nghị ${title}.`,
  },
  {
    title: 'Nộp hồ sơ tại Ủy ban nhân dân cấp xã',
    detail: 'Hồ sơ nộp tại bộ phận tiếp nhận và trả kết quả của xã, phường, đặc khu hoặc qua môi trường điện tử.',
  },
  {
    title: 'Hội đồng Thi đua – Khen thưởng cấp xã xét',
    detail: 'Công chức phụ trách thi đua, khen thưởng tổng hợp, kiểm tra hồ sơ; Hội đồng Thi đua – Khen thưởng cấp xã họp xét, bỏ phiếu.',
  },
  {
    title: 'Quyết định và trả kết quả',
    detail: 'Chủ tịch Ủy ban nhân dân cấp xã ký quyết định; kết quả được trả cho đơn vị trình và công bố tại buổi sơ kết, tổng kết của xã.',
  },
]

const TTG_DOSSIER = (report: 'bao-cao-ca-nhan' | 'bao-cao-tap-the' | 'both'): SeedProcedure['dossier'] => [
  { name: 'Tờ trình đề nghị khen thưởng của bộ, ban, ngành, tỉnh', formKey: 'to-trinh' },
  { name: 'Danh sách tập thể, cá nhân được đề nghị', formKey: 'danh-sach-de-nghi' },
  { name: 'Biên bản họp và kết quả bỏ phiếu của Hội đồng Thi đua – Khen thưởng cấp trình', formKey: 'bien-ban-hoi-dong' },
  ...(report === 'both'
    ? [
        { name: 'Báo cáo thành tích của tập thể', formKey: 'bao-cao-tap-the' },
        { name: 'Báo cáo thành tích của cá nhân', formKey: 'bao-cao-ca-nhan' },
      ]
    : [{ name: report === 'bao-cao-tap-the' ? 'Báo cáo thành tích của tập thể' : 'Báo cáo thành tích của cá nhân', formKey: report }]),
]

export const procedures: SeedProcedure[] = [
  {
    key: 'tang-bang-khen-cua-thu-tuong-chinh-phu',
    name: 'Thủ tục tặng Bằng khen của Thủ tướng Chính phủ',
    level: 'central',
    agency: CENTRAL_AGENCY,
    summary: 'Bộ, ngành, tỉnh đề nghị Thủ tướng Chính phủ tặng Bằng khen cho tập thể, cá nhân có thành tích xuất sắc, tiêu biểu, có ảnh hưởng trong bộ, ngành, lĩnh vực hoặc địa phương.',
    applicants: [
      'Bộ, ban, ngành, đoàn thể trung ương và Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương trình cho tập thể, cá nhân thuộc phạm vi quản lý.',
      'Tập thể, cá nhân được đề nghị phải đáp ứng tiêu chuẩn về thành tích mà Luật Thi đua, khen thưởng quy định cho Bằng khen của Thủ tướng Chính phủ.',
    ],
    steps: CENTRAL_STEPS_TTG('tặng Bằng khen của Thủ tướng Chính phủ'),
    dossier: [...TTG_DOSSIER('both'), { name: 'Giấy tờ chứng minh thành tích (nếu có): quyết định công nhận sáng kiến, xác nhận hiệu quả đề tài, văn bản của cơ quan thuế đối với doanh nghiệp' }],
    copies: COPIES,
    processingTime: CENTRAL_TIME,
    result: 'Quyết định của Thủ tướng Chính phủ kèm Bằng khen.',
    legalBasisKeys: LAW,
  },
  {
    key: 'tang-danh-hieu-chien-si-thi-dua-toan-quoc',
    name: 'Thủ tục tặng danh hiệu “Chiến sĩ thi đua toàn quốc”',
    level: 'central',
    agency: CENTRAL_AGENCY,
    summary: 'Danh hiệu thi đua cao nhất dành cho cá nhân, xét chọn trong số những người đã liên tục đạt danh hiệu “Chiến sĩ thi đua” cấp bộ, cấp tỉnh và có sáng kiến, đề tài có ảnh hưởng trong phạm vi toàn quốc.',
    applicants: [
      'Cá nhân tiêu biểu xuất sắc do bộ, ban, ngành, tỉnh đề nghị.',
      'Sáng kiến, đề tài khoa học hoặc giải pháp của người được đề nghị phải được cơ quan có thẩm quyền công nhận hiệu quả và phạm vi ảnh hưởng trong toàn quốc.',
    ],
    steps: CENTRAL_STEPS_TTG('tặng danh hiệu “Chiến sĩ thi đua toàn quốc”'),
    dossier: [...TTG_DOSSIER('bao-cao-ca-nhan'), { name: 'Văn bản công nhận hiệu quả, phạm vi ảnh hưởng toàn quốc của sáng kiến, đề tài hoặc giải pháp' }],
    copies: COPIES,
    processingTime: CENTRAL_TIME,
    result: 'Quyết định của Thủ tướng Chính phủ kèm hiện vật khen thưởng.',
    legalBasisKeys: LAW,
  },
  {
    key: 'tang-co-thi-dua-cua-chinh-phu',
    name: 'Thủ tục tặng Cờ thi đua của Chính phủ',
    level: 'central',
    agency: CENTRAL_AGENCY,
    summary: 'Tặng cho tập thể dẫn đầu các khối, cụm thi đua hoặc phong trào thi đua của bộ, ngành, tỉnh, có thành tích tiêu biểu xuất sắc trong năm.',
    applicants: ['Tập thể tiêu biểu được bộ, ban, ngành, tỉnh lựa chọn trong số các tập thể đủ tiêu chuẩn Cờ thi đua cấp bộ, cấp tỉnh, theo kết quả bình xét của khối, cụm thi đua.'],
    steps: CENTRAL_STEPS_TTG('tặng Cờ thi đua của Chính phủ'),
    dossier: [...TTG_DOSSIER('bao-cao-tap-the'), { name: 'Biên bản bình xét, suy tôn của khối, cụm thi đua (nếu có)' }],
    copies: COPIES,
    processingTime: CENTRAL_TIME,
    result: 'Quyết định của Thủ tướng Chính phủ kèm Cờ thi đua của Chính phủ.',
    legalBasisKeys: LAW,
  },
  {
    key: 'tang-thuong-huan-chuong-lao-dong',
    name: 'Thủ tục tặng thưởng Huân chương Lao động',
    level: 'central',
    agency: 'Bộ Nội vụ (Ban Thi đua – Khen thưởng Trung ương) thẩm định; Thủ tướng Chính phủ trình; Chủ tịch nước quyết định',
    summary: 'Huân chương Lao động có ba hạng (hạng Nhất, hạng Nhì, hạng Ba), tặng cho tập thể, cá nhân có thành tích xuất sắc trong lao động, sáng tạo, xây dựng đất nước.',
    applicants: [
      'Bộ, ban, ngành, đoàn thể trung ương và Ủy ban nhân dân cấp tỉnh trình cho tập thể, cá nhân thuộc phạm vi quản lý.',
      'Mỗi hạng có tiêu chuẩn riêng về thành tích, theo Luật Thi đua, khen thưởng và nghị định hướng dẫn.',
    ],
    steps: [
      ...CENTRAL_STEPS_TTG('tặng thưởng Huân chương Lao động').slice(0, 3),
      { title: 'Trình và quyết định', detail: 'Bộ Nội vụ trình Thủ tướng Chính phủ; Thủ tướng Chính phủ xem xét, đề nghị Chủ tịch nước quyết định tặng thưởng.' },
      { title: 'Trả kết quả', detail: 'Quyết định của Chủ tịch nước và hiện vật khen thưởng được gửi về cơ quan đã trình để tổ chức trao tặng.' },
    ],
    dossier: TTG_DOSSIER('both'),
    copies: COPIES,
    processingTime: 'Tính theo ngày làm việc, từ khi Bộ Nội vụ nhận đủ hồ sơ hợp lệ, cộng thời gian trình Chủ tịch nước.',
    result: 'Quyết định của Chủ tịch nước kèm Huân chương và Bằng Huân chương.',
    legalBasisKeys: LAW,
  },
  {
    key: 'tang-danh-hieu-ba-me-viet-nam-anh-hung',
    name: 'Thủ tục tặng, truy tặng danh hiệu vinh dự Nhà nước “Bà mẹ Việt Nam anh hùng”',
    level: 'central',
    agency: 'Ủy ban nhân dân cấp xã xác nhận, Sở Nội vụ thẩm định, Ủy ban nhân dân cấp tỉnh trình; Bộ Nội vụ thẩm định; Chủ tịch nước quyết định',
    summary: 'Danh hiệu vinh dự Nhà nước tặng hoặc truy tặng những người mẹ có nhiều cống hiến, hy sinh vì sự nghiệp giải phóng dân tộc, xây dựng và bảo vệ Tổ quốc, thuộc các trường hợp về chồng, con là liệt sĩ mà Luật Thi đua, khen thưởng quy định.',
    applicants: [
      'Người mẹ còn sống hoặc thân nhân của người mẹ đã mất kê khai tại Ủy ban nhân dân cấp xã nơi mẹ cư trú (hoặc cư trú trước khi mất).',
      'Chính quyền địa phương chủ động rà soát, lập hồ sơ cho những trường hợp đủ điều kiện.',
    ],
    steps: [
      { title: 'Kê khai và xác nhận tại xã', detail: 'Người mẹ hoặc thân nhân lập bản khai; Ủy ban nhân dân cấp xã đối chiếu, xác nhận, niêm yết công khai và lập danh sách gửi Sở Nội vụ.' },
      { title: 'Sở Nội vụ thẩm định', detail: 'Sở Nội vụ đối chiếu hồ sơ liệt sĩ, thương binh đang quản lý và thẩm định điều kiện; Hội đồng Thi đua – Khen thưởng cấp tỉnh xem xét.' },
      { title: 'Ủy ban nhân dân cấp tỉnh trình', detail: 'Chủ tịch Ủy ban nhân dân cấp tỉnh ký tờ trình, gửi hồ sơ đến Bộ Nội vụ (Ban Thi đua – Khen thưởng Trung ương).' },
      { title: 'Thẩm định, trình và quyết định', detail: 'Bộ Nội vụ thẩm định, trình Thủ tướng Chính phủ; Thủ tướng Chính phủ đề nghị Chủ tịch nước quyết định tặng hoặc truy tặng danh hiệu.' },
      { title: 'Trả kết quả', detail: 'Ủy ban nhân dân cấp tỉnh tổ chức trao tặng trang trọng cho mẹ hoặc đại diện gia đình.' },
    ],
    dossier: [
      { name: 'Tờ trình của Ủy ban nhân dân cấp tỉnh kèm danh sách đề nghị', formKey: 'to-trinh' },
      { name: 'Bản khai của người mẹ hoặc thân nhân, có xác nhận của Ủy ban nhân dân cấp xã', formKey: 'ban-khai-ba-me' },
      { name: 'Bản sao Bằng “Tổ quốc ghi công” hoặc quyết định cấp Bằng đối với từng liệt sĩ; giấy tờ về thương binh (nếu có)' },
      { name: 'Biên bản họp Hội đồng Thi đua – Khen thưởng cấp tỉnh', formKey: 'bien-ban-hoi-dong' },
    ],
    copies: COPIES,
    processingTime: 'Tính theo ngày làm việc ở từng cấp (xã, tỉnh, trung ương), từ khi nhận đủ hồ sơ hợp lệ.',
    result: 'Quyết định của Chủ tịch nước tặng hoặc truy tặng danh hiệu “Bà mẹ Việt Nam anh hùng”, kèm hiện vật khen thưởng.',
    legalBasisKeys: LAW,
  },
  {
    key: 'tang-bang-khen-cua-chu-tich-uy-ban-nhan-dan-cap-tinh',
    name: 'Thủ tục tặng Bằng khen của Chủ tịch Ủy ban nhân dân cấp tỉnh',
    level: 'provincial',
    agency: PROVINCIAL_AGENCY,
    summary: 'Tặng cho tập thể, cá nhân có thành tích xuất sắc trong thực hiện nhiệm vụ, trong phong trào thi đua, hoặc có đóng góp cho sự phát triển của địa phương.',
    applicants: [
      'Sở, ban, ngành cấp tỉnh, Ủy ban nhân dân cấp xã, doanh nghiệp và tổ chức trên địa bàn trình cho tập thể, cá nhân thuộc phạm vi quản lý.',
      'Người Việt Nam ở nước ngoài, người nước ngoài và tổ chức nước ngoài có đóng góp cho địa phương cũng có thể được đề nghị.',
    ],
    steps: PROVINCIAL_STEPS('tặng Bằng khen của Chủ tịch Ủy ban nhân dân cấp tỉnh'),
    dossier: [
      { name: 'Tờ trình đề nghị khen thưởng', formKey: 'to-trinh' },
      { name: 'Danh sách tập thể, cá nhân được đề nghị', formKey: 'danh-sach-de-nghi' },
      { name: 'Biên bản họp Hội đồng Thi đua – Khen thưởng của đơn vị trình', formKey: 'bien-ban-hoi-dong' },
      { name: 'Báo cáo thành tích của tập thể', formKey: 'bao-cao-tap-the' },
      { name: 'Báo cáo thành tích của cá nhân', formKey: 'bao-cao-ca-nhan' },
    ],
    copies: COPIES,
    processingTime: PROVINCIAL_TIME,
    result: 'Quyết định của Chủ tịch Ủy ban nhân dân cấp tỉnh kèm Bằng khen.',
    legalBasisKeys: LAW,
  },
  {
    key: 'tang-danh-hieu-chien-si-thi-dua-cap-tinh',
    name: 'Thủ tục tặng danh hiệu “Chiến sĩ thi đua cấp tỉnh”',
    level: 'provincial',
    agency: PROVINCIAL_AGENCY,
    summary: 'Danh hiệu thi đua cho cá nhân tiêu biểu xuất sắc, chọn trong số những người đã liên tục đạt danh hiệu “Chiến sĩ thi đua cơ sở”, có sáng kiến hoặc đề tài có ảnh hưởng trong phạm vi tỉnh, thành phố.',
    applicants: ['Cá nhân thuộc sở, ban, ngành, Ủy ban nhân dân cấp xã, đơn vị trên địa bàn, do đơn vị quản lý trực tiếp đề nghị.'],
    steps: PROVINCIAL_STEPS('tặng danh hiệu “Chiến sĩ thi đua cấp tỉnh”'),
    dossier: [
      { name: 'Tờ trình đề nghị khen thưởng', formKey: 'to-trinh' },
      { name: 'Biên bản họp Hội đồng Thi đua – Khen thưởng của đơn vị trình', formKey: 'bien-ban-hoi-dong' },
      { name: 'Báo cáo thành tích của cá nhân', formKey: 'bao-cao-ca-nhan' },
      { name: 'Văn bản công nhận hiệu quả, phạm vi ảnh hưởng cấp tỉnh của sáng kiến, đề tài (Hội đồng khoa học, sáng kiến cấp tỉnh)' },
    ],
    copies: COPIES,
    processingTime: PROVINCIAL_TIME,
    result: 'Quyết định của Chủ tịch Ủy ban nhân dân cấp tỉnh kèm hiện vật khen thưởng.',
    legalBasisKeys: LAW,
  },
  {
    key: 'tang-giay-khen-cua-chu-tich-uy-ban-nhan-dan-cap-xa',
    name: 'Thủ tục tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã',
    level: 'commune',
    agency: COMMUNE_AGENCY,
    summary: 'Khen thưởng kịp thời tập thể, cá nhân, hộ gia đình có thành tích trong lao động, sản xuất, học tập và các phong trào thi đua ở xã, phường, đặc khu.',
    applicants: [
      'Thôn, tổ dân phố, trường học, trạm y tế, hợp tác xã, doanh nghiệp và tổ chức trên địa bàn đề nghị cho tập thể, cá nhân, hộ gia đình.',
      'Cán bộ, công chức cấp xã và người lao động làm việc tại Ủy ban nhân dân cấp xã.',
    ],
    steps: COMMUNE_STEPS('tặng Giấy khen'),
    dossier: [
      { name: 'Tờ trình đề nghị khen thưởng', formKey: 'to-trinh' },
      { name: 'Danh sách tập thể, cá nhân, hộ gia đình được đề nghị', formKey: 'danh-sach-de-nghi' },
      { name: 'Báo cáo thành tích (bản tóm tắt đối với khen thưởng thành tích đột xuất)', formKey: 'bao-cao-ca-nhan' },
    ],
    copies: COPIES,
    processingTime: COMMUNE_TIME,
    result: 'Quyết định của Chủ tịch Ủy ban nhân dân cấp xã kèm Giấy khen.',
    legalBasisKeys: LAW,
  },
  {
    key: 'tang-danh-hieu-lao-dong-tien-tien',
    name: 'Thủ tục tặng danh hiệu “Lao động tiên tiến”',
    level: 'commune',
    agency: COMMUNE_AGENCY,
    summary: 'Danh hiệu thi đua xét hằng năm cho người hoàn thành tốt nhiệm vụ, chấp hành tốt chủ trương, chính sách, có tinh thần tự lực, đoàn kết và tích cực tham gia phong trào thi đua.',
    applicants: [
      'Cán bộ, công chức cấp xã và người lao động làm việc tại Ủy ban nhân dân cấp xã.',
      'Người lao động, nông dân trên địa bàn do thôn, tổ dân phố, hợp tác xã bình xét đề nghị.',
    ],
    steps: COMMUNE_STEPS('tặng danh hiệu “Lao động tiên tiến”'),
    dossier: [
      { name: 'Tờ trình đề nghị công nhận danh hiệu', formKey: 'to-trinh' },
      { name: 'Danh sách cá nhân được đề nghị', formKey: 'danh-sach-de-nghi' },
      { name: 'Biên bản họp bình xét của thôn, tổ dân phố hoặc đơn vị', formKey: 'bien-ban-hoi-dong' },
    ],
    copies: COPIES,
    processingTime: COMMUNE_TIME,
    result: 'Quyết định của Chủ tịch Ủy ban nhân dân cấp xã công nhận danh hiệu “Lao động tiên tiến”.',
    legalBasisKeys: LAW,
  },
  {
    key: 'tang-co-thi-dua-cua-uy-ban-nhan-dan-cap-tinh',
    name: 'Thủ tục tặng Cờ thi đua của Ủy ban nhân dân cấp tỉnh',
    level: 'provincial',
    agency: PROVINCIAL_AGENCY,
    summary: 'Bản nháp đang biên soạn: tặng cho tập thể dẫn đầu khối, cụm thi đua hoặc phong trào thi đua của tỉnh, thành phố.',
    applicants: ['Tập thể dẫn đầu khối, cụm thi đua của tỉnh, được khối, cụm bình xét, suy tôn.'],
    steps: PROVINCIAL_STEPS('tặng Cờ thi đua của Ủy ban nhân dân cấp tỉnh'),
    dossier: [
      { name: 'Tờ trình đề nghị khen thưởng', formKey: 'to-trinh' },
      { name: 'Báo cáo thành tích của tập thể', formKey: 'bao-cao-tap-the' },
    ],
    copies: COPIES,
    processingTime: PROVINCIAL_TIME,
    result: 'Quyết định của Chủ tịch Ủy ban nhân dân cấp tỉnh kèm Cờ thi đua.',
    legalBasisKeys: LAW,
    draft: true,
  },
]
