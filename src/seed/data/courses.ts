import type { SeedCourse } from './types'

/** Học liệu cho trường chính trị và cơ quan thi đua (Kế hoạch thực hiện Chỉ thị 34-CT/TW, mục II.5d; Chỉ thị 41-CT/TW thay thế Chỉ thị 34-CT/TW từ 26/12/2024). */
export const courses: SeedCourse[] = [
  {
    key: 'tu-tuong-ho-chi-minh-ve-thi-dua-ai-quoc',
    title: 'Tư tưởng Hồ Chí Minh về thi đua ái quốc',
    audienceKeys: ['students', 'leaders', 'officers'],
    topics: ['Tư tưởng Hồ Chí Minh', 'Lịch sử phong trào thi đua', 'Chỉ thị 34-CT/TW', 'Chỉ thị 41-CT/TW'],
    audience:
      'Học viên các trường chính trị tỉnh, thành phố; cán bộ làm công tác thi đua, khen thưởng ở bộ, ngành, địa phương và cơ sở.',
    description:
      'Chuyên đề giúp người học hiểu hoàn cảnh ra đời, nội dung cốt lõi của Lời kêu gọi thi đua ái quốc ngày 11/6/1948, cách Chủ tịch Hồ Chí Minh tổ chức và lãnh đạo phong trào, giá trị của tư tưởng ấy đối với công tác thi đua hôm nay và yêu cầu đổi mới từ Chỉ thị 34-CT/TW đến Chỉ thị 41-CT/TW (thay thế Chỉ thị 34-CT/TW từ ngày 26/12/2024).',
    objectives: [
      'Trình bày được hoàn cảnh lịch sử, mục đích và nội dung cơ bản của Lời kêu gọi thi đua ái quốc.',
      'Phân tích được các quan điểm của Hồ Chí Minh về vai trò, nội dung, phương pháp tổ chức thi đua và nêu gương.',
      'Liên hệ, vận dụng tư tưởng Hồ Chí Minh về thi đua vào tổ chức phong trào ở cơ quan, địa phương.',
      'Nắm được những yêu cầu đổi mới công tác thi đua, khen thưởng theo các chỉ thị của Bộ Chính trị.',
    ],
    hours: 12,
    modules: [
      {
        title: 'Lời kêu gọi thi đua ái quốc ngày 11/6/1948: hoàn cảnh ra đời và mục đích',
        description:
          'Bối cảnh kháng chiến chống thực dân Pháp năm 1948; mục đích, đối tượng, phương châm và kết quả mà thi đua ái quốc hướng tới.',
      },
      {
        title: 'Tổ chức phong trào thi đua ái quốc trong kháng chiến và kiến quốc',
        description:
          'Phong trào thi đua ái quốc những năm 1948–1954; Đại hội Chiến sĩ thi đua và cán bộ gương mẫu toàn quốc lần thứ nhất; quan điểm của Người về lãnh đạo, tổ chức thi đua và nêu gương.',
      },
      {
        title: 'Ý nghĩa tư tưởng Hồ Chí Minh về thi đua đối với công tác thi đua hôm nay',
        description:
          'Những giá trị bền vững: thi đua là yêu nước, thi đua gắn với việc hằng ngày, thi đua để đoàn kết; vận dụng trong bối cảnh chính quyền địa phương hai cấp.',
      },
      {
        title: 'Đổi mới công tác thi đua, khen thưởng theo Chỉ thị 34-CT/TW',
        description:
          'Nội dung đổi mới theo Chỉ thị 34-CT/TW ngày 07/4/2014 và Kế hoạch thực hiện của Hội đồng Thi đua – Khen thưởng Trung ương; Chỉ thị 41-CT/TW ngày 26/12/2024 thay thế Chỉ thị 34-CT/TW, kế thừa và phát triển các định hướng ấy.',
      },
    ],
  },
  {
    key: 'nghiep-vu-thi-dua-khen-thuong-cho-can-bo-co-so',
    title: 'Nghiệp vụ thi đua, khen thưởng cho cán bộ cơ sở',
    audienceKeys: ['officers'],
    topics: ['Pháp luật thi đua, khen thưởng', 'Hồ sơ, thủ tục khen thưởng', 'Điển hình tiên tiến'],
    audience:
      'Công chức phụ trách thi đua, khen thưởng ở xã, phường, đặc khu; thành viên Hội đồng Thi đua – Khen thưởng cấp xã; cán bộ công đoàn, đoàn thể cơ sở.',
    description:
      'Khóa bồi dưỡng thực hành về Luật Thi đua, khen thưởng năm 2022, các nghị định hướng dẫn (Nghị định 98/2023/NĐ-CP, Nghị định 152/2025/NĐ-CP về phân cấp, phân quyền), cách tổ chức phong trào thi đua, lập hồ sơ khen thưởng và xây dựng điển hình tiên tiến qua bốn khâu: phát hiện – bồi dưỡng – tổng kết – nhân rộng.',
    objectives: [
      'Nắm vững nguyên tắc, danh hiệu thi đua, hình thức khen thưởng và thẩm quyền theo Luật Thi đua, khen thưởng năm 2022.',
      'Biết xây dựng kế hoạch phát động, sơ kết, tổng kết một phong trào thi đua ở cơ sở.',
      'Lập được hồ sơ đề nghị khen thưởng đúng quy định, kể cả khen thưởng đột xuất.',
      'Tổ chức được quy trình phát hiện, bồi dưỡng, tổng kết và nhân rộng điển hình tiên tiến.',
    ],
    hours: 16,
    modules: [
      {
        title: 'Luật Thi đua, khen thưởng năm 2022: nguyên tắc, danh hiệu và hình thức khen thưởng',
        description: 'Những nội dung cơ bản của Luật số 06/2022/QH15; phân biệt danh hiệu thi đua và hình thức khen thưởng; thẩm quyền quyết định.',
      },
      {
        title: 'Tổ chức phong trào thi đua ở cơ sở',
        description: 'Xây dựng kế hoạch với mục tiêu, chỉ tiêu, nội dung, biện pháp, đối tượng, tiêu chí; phát động, kiểm tra, sơ kết, tổng kết.',
      },
      {
        title: 'Hồ sơ, thủ tục khen thưởng theo các nghị định hướng dẫn Luật',
        description: 'Nghị định 98/2023/NĐ-CP và Nghị định 152/2025/NĐ-CP; thành phần hồ sơ, báo cáo thành tích, tuyến trình, thủ tục đơn giản, công khai và lấy ý kiến trước khi trình khen thưởng.',
      },
      {
        title: 'Xây dựng điển hình tiên tiến qua bốn khâu',
        description: 'Phát hiện, bồi dưỡng, tổng kết và nhân rộng điển hình; thi đua cùng điển hình tiên tiến; tuyên truyền điển hình trên báo chí và Cổng Thi đua.',
      },
    ],
  },
]
