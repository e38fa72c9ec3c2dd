import type { Nomination, Opinion } from '@/payload-types'

/**
 * Sample nominations put to public comment. People and bodies are
 * fictional. Windows of running consultations are placed relative to the day
 * the seed runs (`daysAgo`), so a fresh site always has open, closed and
 * withdrawn examples; the decided one keeps the dates of its decision.
 */
export type SeedNomination = {
  key: string
  title: string
  form: Nomination['form']
  exemplarKey?: string
  nomineeName?: string
  nomineeKind?: 'collective' | 'individual'
  nomineeUnit?: string
  provinceCode?: string
  proposingBody: string
  achievements: string
  opens: { daysAgo: number } | { date: string }
  status: 'closed' | 'decided' | 'open' | 'withdrawn'
  awardKey?: string
  showOpinionCounts?: boolean
  opinions?: { fullName: string; contact: string; address: string; stance: Opinion['stance']; text: string }[]
}

export const nominations: SeedNomination[] = [
  {
    key: 'de-nghi-chien-si-thi-dua-toan-quoc-lo-thi-suong',
    title: 'Danh hiệu Chiến sĩ thi đua toàn quốc',
    form: 'emulationTitle',
    exemplarKey: 'lo-thi-suong',
    provinceCode: '12',
    proposingBody: 'Ủy ban nhân dân tỉnh Lai Châu (giả định)',
    achievements:
      'Sáu năm liền đạt danh hiệu Chiến sĩ thi đua cơ sở; hai lần đạt Chiến sĩ thi đua cấp tỉnh (2022, 2025).\nDuy trì điểm trường bản Nậm Ngà với 100% trẻ 5 tuổi ra lớp; vận động 27 hộ đưa con đến trường đều đặn.\nSáng kiến "Góc tiếng Việt song ngữ Thái – Việt" được Sở Giáo dục và Đào tạo công nhận, nhân rộng ra 14 điểm trường trong tỉnh.',
    opens: { daysAgo: 3 },
    status: 'open',
  },
  {
    key: 'de-nghi-huan-chuong-lao-dong-hang-ba-to-san-xuat-so-3-dong-xanh',
    title: 'Huân chương Lao động hạng Ba',
    form: 'order',
    exemplarKey: 'to-san-xuat-so-3-htx-nong-nghiep-dong-xanh',
    provinceCode: '82',
    proposingBody: 'Ủy ban nhân dân tỉnh Đồng Tháp (giả định)',
    achievements:
      'Đã được tặng Bằng khen của Thủ tướng Chính phủ năm 2024 trong phong trào "Cả nước chung sức xây dựng nông thôn mới"; từ đó tiếp tục dẫn đầu phong trào của xã.\nChuyển 42 ha lúa sang canh tác giảm phát thải, lợi nhuận bình quân tăng 18%/năm; liên kết tiêu thụ ổn định cho 61 hộ thành viên.',
    opens: { daysAgo: 1 },
    status: 'open',
  },
  {
    key: 'de-nghi-huan-chuong-lao-dong-hang-ba-nguyen-thi-hoa-mi',
    title: 'Huân chương Lao động hạng Ba',
    form: 'order',
    nomineeName: 'Nguyễn Thị Họa Mi (nhân vật hư cấu)',
    nomineeKind: 'individual',
    nomineeUnit: 'Điều dưỡng trưởng, Bệnh viện Đa khoa khu vực Miền Núi (giả định)',
    provinceCode: '14',
    proposingBody: 'Bộ Y tế (giả định)',
    achievements: 'Hơn 20 năm công tác tại bệnh viện tuyến huyện vùng cao; xây dựng quy trình chăm sóc sản phụ người dân tộc thiểu số tại nhà, giảm tỷ lệ sinh con không có cán bộ y tế hỗ trợ từ 31% xuống 9%.',
    opens: { daysAgo: 40 },
    status: 'closed',
    showOpinionCounts: true,
    opinions: [
      { fullName: 'Lường Văn Bình (giả định)', contact: 'binh.lv@example.vn', address: 'Bản Hua Pe, tỉnh Sơn La', stance: 'agree', text: 'Chị Mi đã đỡ đẻ cho vợ tôi giữa đêm mưa lũ năm 2023. Tôi hoàn toàn đồng ý.' },
      { fullName: 'Trần Thu Hà (giả định)', contact: '0912000111', address: 'Trạm Y tế xã Chiềng Sơn', stance: 'agree', text: 'Quy trình chăm sóc tại nhà do chị xây dựng đang được trạm chúng tôi áp dụng.' },
      { fullName: 'Đinh Công Minh (giả định)', contact: 'minh.dc@example.vn', address: 'Thành phố Sơn La', stance: 'other', text: 'Đề nghị bổ sung số liệu của năm 2025 vào báo cáo thành tích.' },
    ],
  },
  {
    key: 'de-nghi-danh-hieu-anh-hung-lao-dong-ha-minh-quang',
    title: 'Danh hiệu Anh hùng Lao động',
    form: 'stateHonoraryTitle',
    nomineeName: 'Hà Minh Quang (nhân vật hư cấu)',
    nomineeKind: 'individual',
    nomineeUnit: 'Kỹ sư trưởng, Tổng công ty Cơ khí Sông Đà Xanh (giả định)',
    proposingBody: 'Bộ Công Thương (giả định)',
    achievements: 'Chủ trì chế tạo thành công thiết bị thủy công cỡ lớn thay thế hàng nhập khẩu (2015–2024); 11 sáng kiến cấp bộ; đào tạo 40 kỹ sư trẻ.',
    opens: { date: '2025-06-16' },
    status: 'decided',
    awardKey: 'anh-hung-lao-dong-ha-minh-quang-2025',
    showOpinionCounts: false,
  },
  {
    key: 'de-nghi-bang-khen-thu-tuong-hop-tac-xa-song-mai',
    title: 'Bằng khen của Thủ tướng Chính phủ',
    form: 'certificateOfMerit',
    nomineeName: 'Hợp tác xã Dịch vụ Thủy sản Sông Mai (giả định)',
    nomineeKind: 'collective',
    nomineeUnit: 'Xã Phú Hải',
    provinceCode: '56',
    proposingBody: 'Ủy ban nhân dân tỉnh Khánh Hòa (giả định)',
    achievements: 'Tổ chức 35 tổ đoàn kết khai thác hải sản xa bờ; không để xảy ra vi phạm khai thác bất hợp pháp trong ba năm.',
    opens: { daysAgo: 6 },
    status: 'withdrawn',
  },
]
