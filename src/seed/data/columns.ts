import type { SeedColumn } from './types'

const licence = 'Creative Commons Ghi công 4.0 Quốc tế (CC BY 4.0)'

/** Chuyên mục để các cơ quan báo chí nhúng, dẫn lại (Kế hoạch thực hiện Chỉ thị 34-CT/TW, mục II.4b). */
export const columns: SeedColumn[] = [
  {
    key: 'guong-sang-quanh-ta',
    name: 'Gương sáng quanh ta',
    description:
      'Chân dung những tập thể, cá nhân tiêu biểu trong các phong trào thi đua yêu nước, ưu tiên người trực tiếp lao động, sản xuất, công tác, chiến đấu và những điển hình ở vùng sâu, vùng xa, biên giới, hải đảo.',
    licence,
    attribution:
      'Khi đăng lại, ghi rõ: “Nguồn: Cổng Thi đua – chuyên mục Gương sáng quanh ta (bài mẫu)”, kèm tên tác giả và đường dẫn tới bài gốc. Ảnh đăng lại phải giữ nguyên chú thích và tên người chụp.',
    order: 1,
  },
  {
    key: 'phong-trao-thi-dua-yeu-nuoc',
    name: 'Phong trào thi đua yêu nước',
    description:
      'Tin, bài về việc phát động, sơ kết, tổng kết các phong trào thi đua ở trung ương, bộ, ngành, địa phương và cơ sở; những cách làm hay, mô hình mới được nhân rộng.',
    licence,
    attribution:
      'Khi đăng lại, ghi rõ: “Nguồn: Cổng Thi đua – chuyên mục Phong trào thi đua yêu nước (bài mẫu)”, kèm tên tác giả và đường dẫn tới bài gốc. Số liệu trích dẫn cần giữ nguyên mốc thời gian như trong bài.',
    order: 2,
  },
  {
    key: 'chinh-sach-thi-dua-khen-thuong',
    name: 'Chính sách thi đua, khen thưởng',
    description:
      'Giới thiệu, giải thích chủ trương của Đảng, chính sách, pháp luật của Nhà nước về thi đua, khen thưởng; hướng dẫn nghiệp vụ, thủ tục hành chính và hỏi – đáp cho cán bộ cơ sở và người dân.',
    licence,
    attribution:
      'Khi đăng lại, ghi rõ: “Nguồn: Cổng Thi đua – chuyên mục Chính sách thi đua, khen thưởng (bài mẫu)”. Bài viết mang tính phổ biến, không thay thế văn bản quy phạm pháp luật; khi trích dẫn điều khoản, đề nghị đối chiếu văn bản gốc.',
    order: 3,
  },
  {
    key: 'thi-dua-ai-quoc-loi-bac-dan',
    name: 'Thi đua ái quốc – Lời Bác dặn',
    description:
      'Tìm hiểu tư tưởng Hồ Chí Minh về thi đua ái quốc, lịch sử phong trào thi đua yêu nước từ Lời kêu gọi ngày 11/6/1948 và ý nghĩa đối với công tác thi đua hôm nay.',
    licence,
    attribution:
      'Khi đăng lại, ghi rõ: “Nguồn: Cổng Thi đua – chuyên mục Thi đua ái quốc – Lời Bác dặn (bài mẫu)”, kèm tên tác giả. Trích dẫn lời Chủ tịch Hồ Chí Minh phải giữ nguyên văn và xuất xứ như trong bài.',
    order: 4,
  },
]
