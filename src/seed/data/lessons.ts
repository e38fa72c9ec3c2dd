import type { SeedLesson } from './types'

const HCM = 'tu-tuong-ho-chi-minh-ve-thi-dua-ai-quoc'
const NV = 'nghiep-vu-thi-dua-khen-thuong-cho-can-bo-co-so'

/**
 * Bài giảng mẫu. Nội dung do nhóm biên soạn tự viết, trích dẫn văn bản theo
 * tên và ngày ban hành; người dạy nên đối chiếu văn bản gốc khi giảng.
 */
export const lessons: SeedLesson[] = [
  // ── Khóa 1: Tư tưởng Hồ Chí Minh về thi đua ái quốc ────────────────
  {
    key: 'hoan-canh-ra-doi-loi-keu-goi-thi-dua-ai-quoc',
    courseKey: HCM,
    moduleNumber: 1,
    order: 1,
    title: 'Hoàn cảnh ra đời Lời kêu gọi thi đua ái quốc',
    objectives: [
      'Trình bày được bối cảnh cuộc kháng chiến chống thực dân Pháp năm 1948.',
      'Giải thích được vì sao thi đua ái quốc được phát động vào thời điểm đó.',
      'Nêu được ý nghĩa của ngày 11/6 – Ngày truyền thống thi đua yêu nước.',
    ],
    body: [
      'Bài học mở đầu chuyên đề bằng việc đặt Lời kêu gọi thi đua ái quốc vào đúng bối cảnh lịch sử của nó. Hiểu hoàn cảnh ra đời sẽ giúp người học thấy rõ thi đua ái quốc không phải một khẩu hiệu chung chung, mà là lời giải cho những nhiệm vụ rất cụ thể của dân tộc.',
      '## Cuộc kháng chiến bước vào giai đoạn cầm cự',
      'Sau ngày toàn quốc kháng chiến 19/12/1946, quân và dân ta vừa chiến đấu vừa xây dựng lực lượng. Chiến thắng Việt Bắc thu – đông năm 1947 làm thất bại kế hoạch đánh nhanh của đối phương, nhưng cuộc kháng chiến còn lâu dài, gian khổ.',
      'Đầu năm 1948, đối phương chuyển sang thủ đoạn đánh phá kinh tế, chia rẽ dân tộc, âm mưu dùng người Việt đánh người Việt. Ở vùng tự do, nạn đói đe dọa, phần đông nhân dân còn mù chữ, lực lượng vũ trang thiếu thốn mọi bề.',
      '## Yêu cầu phát huy sức mạnh toàn dân',
      'Trong điều kiện ấy, muốn kháng chiến thắng lợi phải huy động được sức người, sức của của toàn dân, biến lòng yêu nước thành những việc làm cụ thể trong sản xuất, học tập và chiến đấu. Tháng 3/1948, Ban Thường vụ Trung ương Đảng ra chỉ thị phát động phong trào thi đua ái quốc.',
      'Ngày 11/6/1948, Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc, gửi tới đồng bào cả nước. Văn kiện ngắn gọn, lời lẽ giản dị, dễ nhớ, nhanh chóng được phổ biến đến từng làng xã, đơn vị.',
      '## Ý nghĩa của ngày 11/6',
      'Từ đó, ngày 11/6 hằng năm trở thành Ngày truyền thống thi đua yêu nước. Các cơ quan, địa phương thường chọn dịp này để sơ kết phong trào, biểu dương điển hình tiên tiến.',
      'Câu hỏi gợi mở cho thảo luận: nếu đặt mình vào năm 1948, người học sẽ hiểu “thi đua” gắn với những nhu cầu nào của đời sống hằng ngày?',
    ],
    durationMinutes: 90,
    figure: {
      afterParagraph: 5,
      alt: 'Hình minh họa: đồng bào nhiều thành phần cùng hưởng ứng Lời kêu gọi thi đua ái quốc',
      caption: 'Thi đua ái quốc huy động sức người, sức của của toàn dân (hình minh họa).',
    },
    attachments: [
      {
        title: 'Tài liệu phát tay: Niên biểu phong trào thi đua ái quốc (1946–1952)',
        paragraphs: [
          '19/12/1946: Toàn quốc kháng chiến chống thực dân Pháp.',
          'Thu – đông 1947: Chiến thắng Việt Bắc, làm thất bại kế hoạch đánh nhanh thắng nhanh của đối phương.',
          'Tháng 3/1948: Ban Thường vụ Trung ương Đảng ra chỉ thị phát động phong trào thi đua ái quốc.',
          '11/6/1948: Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc.',
          'Tháng 5/1952: Đại hội Chiến sĩ thi đua và cán bộ gương mẫu toàn quốc lần thứ nhất; tuyên dương những Anh hùng đầu tiên.',
          'Ghi chú: niên biểu dùng cho thảo luận trên lớp; người học nên đối chiếu giáo trình lịch sử chính thức.',
        ],
      },
    ],
    sourceDocumentKeys: ['loi-keu-goi-thi-dua-ai-quoc-1948'],
    questions: [
      {
        question: 'Lời kêu gọi thi đua ái quốc được Chủ tịch Hồ Chí Minh ra vào ngày nào?',
        answer: 'Ngày 11/6/1948; ngày này được lấy làm Ngày truyền thống thi đua yêu nước.',
      },
      {
        question: 'Những khó khăn chủ yếu của vùng tự do năm 1948 là gì?',
        answer: 'Nguy cơ đói, phần lớn nhân dân mù chữ, lực lượng kháng chiến thiếu thốn, trong khi đối phương đẩy mạnh phá hoại kinh tế và chia rẽ dân tộc.',
      },
      {
        question: 'Vì sao có thể nói thi đua ái quốc là lời giải cho nhiệm vụ cụ thể chứ không phải khẩu hiệu chung?',
        answer: 'Vì mục đích thi đua gắn trực tiếp với những nhu cầu sống còn lúc bấy giờ: sản xuất đủ ăn, học chữ, đánh giặc; mỗi người thi đua bằng chính công việc của mình.',
      },
    ],
  },
  {
    key: 'muc-dich-doi-tuong-phuong-cham-thi-dua-ai-quoc',
    courseKey: HCM,
    moduleNumber: 1,
    order: 2,
    title: 'Mục đích, đối tượng và phương châm thi đua ái quốc',
    objectives: [
      'Nêu được ba mục đích của thi đua ái quốc.',
      'Phân tích được tính toàn dân của phong trào qua đối tượng tham gia.',
      'Rút ra được những yêu cầu về mục tiêu, chỉ tiêu khi tổ chức thi đua hôm nay.',
    ],
    body: [
      'Lời kêu gọi thi đua ái quốc có kết cấu chặt chẽ: nêu mục đích, chỉ ra ai tham gia, làm thế nào và sẽ đạt được gì. Chính cấu trúc này là bài học về phương pháp cho người làm công tác thi đua.',
      '## Ba mục đích: chống đói, chống dốt, chống giặc ngoại xâm',
      'Người xác định mục đích thi đua là diệt giặc đói, diệt giặc dốt và diệt giặc ngoại xâm. Ba mục đích này bao quát toàn bộ nhiệm vụ của cách mạng lúc bấy giờ: kinh tế, văn hóa – giáo dục và quân sự.',
      'Mục đích rõ ràng giúp mỗi người dân tự trả lời được câu hỏi “tôi thi đua để làm gì”. Đây là điểm khác biệt căn bản giữa thi đua thực chất và thi đua hình thức.',
      '## Thi đua là việc của toàn dân',
      'Lời kêu gọi hướng tới mọi tầng lớp: sĩ, nông, công, thương, binh; người già, người trẻ, nam, nữ. Mỗi người thi đua trong lĩnh vực của mình: nông dân tăng gia sản xuất, công nhân làm ra nhiều vũ khí, bộ đội đánh giặc giỏi, trí thức sáng chế, đồng bào các giới góp sức.',
      'Tính toàn dân thể hiện niềm tin của Người vào sức mạnh của nhân dân: thi đua dựa vào lực lượng và tinh thần của dân, vì lợi ích của dân.',
      '## Kết quả hướng tới',
      'Người phác họa viễn cảnh mà thi đua sẽ mang lại: nhân dân đủ ăn, đủ mặc, biết đọc, biết viết; bộ đội đủ lương thực, vũ khí; đất nước thống nhất, độc lập hoàn toàn. Những kết quả ấy cụ thể, ai cũng hình dung được.',
      'Liên hệ hôm nay: khi xây dựng kế hoạch thi đua, cần xác định rõ mục tiêu, chỉ tiêu, đối tượng và kết quả mong đợi – yêu cầu đã được Kế hoạch thực hiện Chỉ thị 34-CT/TW đặt ra từ năm 2014 và được Chỉ thị 41-CT/TW (thay thế Chỉ thị 34-CT/TW) tiếp tục nhấn mạnh.',
    ],
    durationMinutes: 90,
    attachments: [
      {
        title: 'Phiếu thảo luận nhóm: Đọc Lời kêu gọi thi đua ái quốc theo bốn câu hỏi',
        paragraphs: [
          'Câu hỏi 1 – Để làm gì? Nhóm xác định các mục đích của thi đua được nêu trong Lời kêu gọi.',
          'Câu hỏi 2 – Ai tham gia? Nhóm liệt kê các tầng lớp được nhắc tới và nhiệm vụ của từng tầng lớp.',
          'Câu hỏi 3 – Làm thế nào? Nhóm tìm những chỉ dẫn về cách thức, phương châm thi đua.',
          'Câu hỏi 4 – Đạt được gì? Nhóm tóm tắt kết quả mà thi đua hướng tới.',
          'Sau khi thảo luận, mỗi nhóm áp dụng bốn câu hỏi trên cho một phong trào thi đua đang diễn ra ở cơ quan, địa phương mình.',
        ],
      },
    ],
    sourceDocumentKeys: ['loi-keu-goi-thi-dua-ai-quoc-1948', 'chi-thi-34-ct-tw-2014', 'chi-thi-41-ct-tw-2024'],
    questions: [
      {
        question: 'Ba mục đích của thi đua ái quốc là gì?',
        answer: 'Diệt giặc đói, diệt giặc dốt và diệt giặc ngoại xâm.',
      },
      {
        question: 'Tính toàn dân của thi đua ái quốc được thể hiện như thế nào?',
        answer: 'Lời kêu gọi hướng tới mọi tầng lớp, lứa tuổi, giới tính; mỗi người thi đua trong chính công việc của mình và dựa vào sức mạnh của nhân dân.',
      },
      {
        question: 'Bài học phương pháp nào rút ra từ cấu trúc của Lời kêu gọi?',
        answer: 'Phát động thi đua phải nêu rõ mục đích, đối tượng, cách làm và kết quả mong đợi; tương ứng với yêu cầu xác định mục tiêu, chỉ tiêu, nội dung, biện pháp, đối tượng và tiêu chí trong các văn bản hiện hành.',
      },
      {
        question: 'Vì sao mục đích rõ ràng giúp chống bệnh hình thức?',
        answer: 'Vì khi mục đích cụ thể, người tham gia biết mình phải làm gì và kết quả có thể kiểm chứng, nên khó chạy theo hình thức, khẩu hiệu.',
      },
    ],
  },
  {
    key: 'phong-trao-thi-dua-ai-quoc-1948-1954',
    courseKey: HCM,
    moduleNumber: 2,
    order: 3,
    title: 'Phong trào thi đua ái quốc 1948–1954 và Đại hội Chiến sĩ thi đua lần thứ nhất',
    objectives: [
      'Mô tả được cách phong trào thi đua ái quốc được triển khai trong kháng chiến.',
      'Nêu được ý nghĩa của Đại hội Chiến sĩ thi đua và cán bộ gương mẫu toàn quốc lần thứ nhất.',
    ],
    body: [
      'Sau Lời kêu gọi, phong trào thi đua ái quốc lan rộng khắp vùng tự do và cả vùng tạm bị chiếm. Bài học này điểm lại cách phong trào được tổ chức và đỉnh cao của nó là Đại hội năm 1952.',
      '## Thi đua trên mọi mặt trận',
      'Ở hậu phương, phong trào tăng gia sản xuất, bình dân học vụ, đóng góp lương thực cho kháng chiến được đẩy mạnh. Trong quân đội, các phong trào thi đua giết giặc lập công, rèn luyện kỹ thuật chiến đấu phát triển mạnh.',
      'Các cơ quan, công xưởng quốc phòng thi đua chế tạo vũ khí, cải tiến kỹ thuật. Những sáng kiến của công nhân, kỹ sư trong điều kiện thiếu thốn đã góp phần quan trọng vào các chiến dịch.',
      '## Đại hội năm 1952',
      'Tháng 5/1952, Đại hội Chiến sĩ thi đua và cán bộ gương mẫu toàn quốc lần thứ nhất được tổ chức tại Việt Bắc. Những Anh hùng đầu tiên được tuyên dương, trong đó có La Văn Cầu, Cù Chính Lan, Trần Đại Nghĩa.',
      '> “Thi đua là yêu nước, yêu nước thì phải thi đua.” – Chủ tịch Hồ Chí Minh, phát biểu tại Đại hội Chiến sĩ thi đua và cán bộ gương mẫu toàn quốc lần thứ nhất, tháng 5/1952.',
      'Đại hội không chỉ tôn vinh cá nhân mà còn tổng kết kinh nghiệm, để những tấm gương trở thành bài học cho số đông. Đây là hình thức sơ khai của quy trình tổng kết – nhân rộng điển hình ngày nay.',
      '## Truyền thống được nối tiếp',
      'Từ đó, Đại hội Thi đua yêu nước toàn quốc được tổ chức theo từng giai đoạn, thường năm năm một lần; gần đây nhất là Đại hội lần thứ XI, diễn ra ngày 26–27/12/2025 tại Hà Nội, tổng kết phong trào thi đua giai đoạn 2021–2025 và phát động phong trào giai đoạn 2026–2030 (trước đó là Đại hội lần thứ X năm 2020). Mỗi kỳ đại hội là dịp tổng kết phong trào và tôn vinh điển hình tiêu biểu của cả nước.',
    ],
    durationMinutes: 90,
    attachments: [
      {
        title: 'Tài liệu đọc thêm: Từ Đại hội năm 1952 đến quy trình bốn khâu',
        paragraphs: [
          'Đại hội năm 1952 cho thấy ba việc gắn liền nhau: tìm ra người làm tốt, tôn vinh họ và phổ biến kinh nghiệm của họ.',
          'Ngày nay, ba việc ấy được hệ thống hóa thành bốn khâu: phát hiện, bồi dưỡng, tổng kết và nhân rộng điển hình tiên tiến.',
          'Khâu bồi dưỡng là điểm được bổ sung rõ nét: điển hình cần được giúp đỡ để phát triển, không chỉ được khen.',
          'Câu hỏi suy ngẫm: ở đơn vị của anh/chị, khâu nào trong bốn khâu đang làm yếu nhất?',
        ],
      },
    ],
    sourceDocumentKeys: ['loi-keu-goi-thi-dua-ai-quoc-1948', 'chi-thi-05-ct-tw-2016'],
    questions: [
      {
        question: 'Đại hội Chiến sĩ thi đua và cán bộ gương mẫu toàn quốc lần thứ nhất diễn ra khi nào?',
        answer: 'Tháng 5/1952, tại chiến khu Việt Bắc.',
      },
      {
        question: 'Kể tên một số Anh hùng được tuyên dương tại Đại hội năm 1952.',
        answer: 'La Văn Cầu, Cù Chính Lan, Trần Đại Nghĩa và một số anh hùng khác.',
      },
      {
        question: 'Đại hội Thi đua yêu nước toàn quốc gần đây nhất là đại hội lần thứ mấy, diễn ra khi nào?',
        answer: 'Đại hội lần thứ XI, diễn ra ngày 26–27/12/2025 tại Hà Nội, tổng kết giai đoạn 2021–2025 và phát động phong trào giai đoạn 2026–2030.',
      },
      {
        question: 'Đại hội năm 1952 gợi mở điều gì cho công tác điển hình tiên tiến hôm nay?',
        answer: 'Tôn vinh phải đi đôi với tổng kết, phổ biến kinh nghiệm để nhân rộng; đó là cơ sở của quy trình bốn khâu phát hiện – bồi dưỡng – tổng kết – nhân rộng.',
      },
    ],
  },
  {
    key: 'quan-diem-ho-chi-minh-ve-to-chuc-lanh-dao-thi-dua-va-neu-guong',
    courseKey: HCM,
    moduleNumber: 2,
    order: 4,
    title: 'Quan điểm của Hồ Chí Minh về tổ chức, lãnh đạo thi đua và nêu gương người tốt, việc tốt',
    objectives: [
      'Phân tích được các yêu cầu của Hồ Chí Minh đối với việc lãnh đạo, tổ chức thi đua.',
      'Hiểu được vai trò của nêu gương trong giáo dục và vận động quần chúng.',
      'Liên hệ được với trách nhiệm của người đứng đầu trong công tác thi đua hiện nay.',
    ],
    body: [
      'Chủ tịch Hồ Chí Minh không chỉ phát động mà còn trực tiếp chỉ dẫn cách tổ chức thi đua. Các ý kiến của Người có thể khái quát thành một số nhóm quan điểm dưới đây (diễn giải của nhóm biên soạn).',
      '## Thi đua phải có lãnh đạo, có kế hoạch, có kiểm tra',
      'Theo Người, trước khi thi đua phải chuẩn bị kỹ: giải thích để mọi người hiểu rõ mục đích, bàn kế hoạch cụ thể cho từng nhóm, từng người. Trong quá trình thi đua phải theo dõi, đôn đốc; kết thúc phải tổng kết, rút kinh nghiệm.',
      'Người phê phán lối thi đua ồn ào lúc đầu rồi bỏ dở, hoặc chỉ có khẩu hiệu mà không có việc làm. Đây là gốc rễ của yêu cầu “chống bệnh hình thức” trong các văn bản hiện nay.',
      '## Thi đua gắn với đoàn kết và giúp nhau tiến bộ',
      'Thi đua không phải là tranh giành hơn thua mà là cùng nhau tiến bộ; người khá giúp người kém, nơi làm tốt giúp nơi làm chưa tốt. Thi đua đúng cách sẽ làm khối đoàn kết chặt chẽ hơn.',
      '## Khen thưởng kịp thời và nêu gương người tốt, việc tốt',
      'Người coi trọng việc khen thưởng đúng lúc, đúng người, đúng mức, đồng thời coi việc phổ biến gương người tốt, việc tốt là phương pháp giáo dục hiệu quả nhất, vì tấm gương cụ thể có sức thuyết phục hơn nhiều lời giảng giải.',
      'Liên hệ: Luật Thi đua, khen thưởng năm 2022 và Chỉ thị 41-CT/TW đều đề cao trách nhiệm người đứng đầu trong phát hiện, khen thưởng và nhân rộng điển hình. Đó là sự kế thừa trực tiếp các chỉ dẫn của Người.',
    ],
    durationMinutes: 90,
    attachments: [
      {
        title: 'Bảng đối chiếu: Chỉ dẫn của Hồ Chí Minh và yêu cầu hiện hành',
        paragraphs: [
          'Chuẩn bị, giải thích trước khi thi đua – Tương ứng: xác định rõ mục tiêu, chỉ tiêu, nội dung, biện pháp, đối tượng, tiêu chí khi phát động.',
          'Theo dõi, đôn đốc, tổng kết – Tương ứng: kiểm tra, sơ kết, tổng kết phong trào theo kế hoạch.',
          'Thi đua để đoàn kết, giúp nhau tiến bộ – Tương ứng: nguyên tắc đoàn kết, hợp tác và cùng phát triển trong thi đua.',
          'Khen thưởng kịp thời, nêu gương – Tương ứng: khen thưởng chính xác, kịp thời, công khai; phát hiện, nhân rộng điển hình tiên tiến.',
        ],
      },
    ],
    sourceDocumentKeys: ['chi-thi-05-ct-tw-2016', 'luat-thi-dua-khen-thuong-2022', 'chi-thi-41-ct-tw-2024'],
    questions: [
      {
        question: 'Theo Hồ Chí Minh, cần làm gì trước khi phát động thi đua?',
        answer: 'Giải thích để mọi người hiểu rõ mục đích, xây dựng kế hoạch cụ thể cho từng nhóm, từng người.',
      },
      {
        question: 'Vì sao thi đua phải gắn với đoàn kết?',
        answer: 'Vì mục đích thi đua là cùng nhau tiến bộ; thi đua đúng cách làm khối đoàn kết chặt chẽ hơn, còn thi đua chạy theo hơn thua sẽ gây mất đoàn kết.',
      },
      {
        question: 'Vai trò của việc nêu gương người tốt, việc tốt là gì?',
        answer: 'Là phương pháp giáo dục, vận động hiệu quả vì tấm gương cụ thể có sức thuyết phục cao; đồng thời là cơ sở để nhân rộng điển hình.',
      },
    ],
  },
  {
    key: 'van-dung-tu-tuong-ho-chi-minh-ve-thi-dua-hien-nay',
    courseKey: HCM,
    moduleNumber: 3,
    order: 5,
    title: 'Vận dụng tư tưởng Hồ Chí Minh về thi đua trong giai đoạn hiện nay',
    objectives: [
      'Khái quát được các giá trị bền vững trong tư tưởng Hồ Chí Minh về thi đua.',
      'Vận dụng được vào thiết kế một phong trào thi đua ở cơ quan, địa phương.',
      'Nhận diện được các biểu hiện hình thức trong thi đua và cách khắc phục.',
    ],
    body: [
      'Bối cảnh hôm nay khác xa năm 1948, nhưng nhiều quan điểm của Người về thi đua vẫn giữ nguyên giá trị. Bài học này giúp người học chuyển từ “hiểu” sang “vận dụng”.',
      '## Ba giá trị bền vững',
      'Thứ nhất, thi đua là yêu nước: thi đua là cách thể hiện trách nhiệm với đất nước bằng việc làm cụ thể, không phải phong trào bề nổi.',
      'Thứ hai, việc hằng ngày là nền tảng của thi đua: nội dung thi đua phải gắn với nhiệm vụ chính trị, chuyên môn thường xuyên của từng cơ quan, từng người.',
      'Thứ ba, thi đua dựa vào dân, vì dân: mục tiêu thi đua phải mang lại lợi ích thiết thực mà người dân cảm nhận được.',
      '## Vận dụng trong chính quyền địa phương hai cấp',
      'Từ ngày 01/7/2025, cả nước có 34 đơn vị hành chính cấp tỉnh và không còn cấp huyện; xã, phường, đặc khu trở thành nơi trực tiếp phục vụ người dân. Các phong trào thi đua ở cấp xã vì vậy cần tập trung vào chất lượng phục vụ: giải quyết thủ tục hành chính, chuyển đổi số, an sinh xã hội.',
      'Ví dụ minh họa trên Cổng Thi đua: phong trào giả định “Thi đua chuyển đổi số cấp xã” có chỉ tiêu đo được và bảng xếp hạng công khai hằng tháng; đợt thi đua 100 ngày “Kênh sạch – phố xanh” giải quyết dứt điểm một việc cụ thể của khu dân cư.',
      '## Nhận diện và khắc phục bệnh hình thức',
      'Biểu hiện thường gặp: phát động rầm rộ nhưng thiếu chỉ tiêu; tổng kết bằng số lượng hội nghị, băng rôn; khen thưởng dàn trải, “đến hẹn lại lên”. Cách khắc phục là đặt chỉ tiêu đo được, công khai kết quả, khen thưởng đúng người trực tiếp làm ra thành tích.',
      'Bài tập cuối buổi: mỗi học viên phác thảo một phong trào thi đua cho đơn vị mình theo mẫu trong tài liệu phát tay.',
    ],
    durationMinutes: 135,
    attachments: [
      {
        title: 'Mẫu phác thảo kế hoạch phong trào thi đua (dùng cho bài tập)',
        paragraphs: [
          'Tên phong trào và khẩu hiệu: ngắn gọn, dễ nhớ, dễ tuyên truyền.',
          'Mục tiêu: phong trào giải quyết vấn đề gì của cơ quan, địa phương?',
          'Chỉ tiêu: tối đa bốn chỉ tiêu, mỗi chỉ tiêu có con số và đơn vị đo.',
          'Nội dung, biện pháp: những việc cụ thể ai làm, làm khi nào.',
          'Đối tượng và tiêu chí đánh giá: ai tham gia, chấm điểm thế nào, công khai ở đâu.',
          'Mốc thời gian: phát động, sơ kết, tổng kết; hình thức khen thưởng dự kiến.',
        ],
      },
      {
        title: 'Phiếu tự kiểm tra: Phong trào của tôi có bị hình thức?',
        paragraphs: [
          'Phong trào có ít nhất một chỉ tiêu đo được bằng con số không?',
          'Người dân hoặc người lao động có biết phong trào và kết quả của nó không?',
          'Kết quả có được công khai định kỳ không?',
          'Người được khen thưởng có phải là người trực tiếp làm ra thành tích không?',
        ],
      },
    ],
    sourceDocumentKeys: ['chi-thi-34-ct-tw-2014', 'chi-thi-41-ct-tw-2024', 'chi-thi-05-ct-tw-2016'],
    questions: [
      {
        question: 'Nêu ba giá trị bền vững trong tư tưởng Hồ Chí Minh về thi đua được đề cập trong bài.',
        answer: 'Thi đua là yêu nước; việc hằng ngày là nền tảng của thi đua; thi đua dựa vào dân, vì dân.',
      },
      {
        question: 'Từ ngày 01/7/2025, tổ chức hành chính địa phương thay đổi như thế nào và ảnh hưởng gì đến thi đua ở cơ sở?',
        answer: 'Cả nước có 34 đơn vị hành chính cấp tỉnh, không còn cấp huyện; cấp xã trực tiếp phục vụ người dân nên phong trào thi đua ở xã cần tập trung vào chất lượng phục vụ, chuyển đổi số, an sinh xã hội.',
      },
      {
        question: 'Kể hai biểu hiện của bệnh hình thức trong thi đua và cách khắc phục.',
        answer: 'Phát động rầm rộ nhưng thiếu chỉ tiêu; khen thưởng dàn trải. Khắc phục bằng chỉ tiêu đo được, công khai kết quả, khen thưởng đúng người trực tiếp làm ra thành tích.',
      },
    ],
  },
  {
    key: 'chi-thi-34-ct-tw-va-yeu-cau-doi-moi-cong-tac-thi-dua-khen-thuong',
    courseKey: HCM,
    moduleNumber: 4,
    order: 6,
    title: 'Chỉ thị 34-CT/TW và yêu cầu đổi mới công tác thi đua, khen thưởng',
    objectives: [
      'Nêu được các nhóm nội dung, giải pháp chính trong Kế hoạch thực hiện Chỉ thị 34-CT/TW.',
      'Phân tích được sự kế thừa giữa Chỉ thị 34-CT/TW và Chỉ thị 41-CT/TW.',
      'Xác định được việc cần làm ở cơ quan, địa phương mình.',
    ],
    body: [
      'Chỉ thị 34-CT/TW ngày 07/4/2014 của Bộ Chính trị “Về tiếp tục đổi mới công tác thi đua, khen thưởng” là văn bản định hướng quan trọng trong hơn mười năm, cho đến khi được thay thế bởi Chỉ thị 41-CT/TW ngày 26/12/2024. Hội đồng Thi đua – Khen thưởng Trung ương đã ban hành kế hoạch thực hiện Chỉ thị 34-CT/TW với bảy nhóm nội dung, giải pháp; nhiều nội dung trong đó tiếp tục được kế thừa.',
      '## Bảy nhóm nội dung, giải pháp',
      'Một là quán triệt, tuyên truyền chỉ thị và chính sách, pháp luật về thi đua, khen thưởng, kể cả tư tưởng Hồ Chí Minh về thi đua yêu nước, đặc biệt ở vùng sâu, vùng xa, biên giới, hải đảo.',
      'Hai là đổi mới nội dung, hình thức phong trào thi đua: xác định rõ mục tiêu, chỉ tiêu, nội dung, biện pháp, đối tượng, tiêu chí; kết hợp thi đua thường xuyên với thi đua theo đợt, chuyên đề; thực hiện đồng bộ bốn khâu xây dựng điển hình.',
      'Ba là nâng cao chất lượng khen thưởng: chính xác, kịp thời, công khai, minh bạch; chú trọng người trực tiếp lao động, sản xuất, chiến đấu và cơ sở ở vùng khó khăn; giải quyết khen thưởng thành tích kháng chiến; khen thưởng người nước ngoài có đóng góp.',
      'Bốn là đẩy mạnh tuyên truyền phong trào và điển hình; các cơ quan báo chí mở chuyên trang, chuyên mục. Năm là phát huy vai trò Hội đồng Thi đua – Khen thưởng các cấp, người đứng đầu và đội ngũ cán bộ; đưa tư tưởng Hồ Chí Minh về thi đua vào giảng dạy ở các trường chính trị. Sáu là cải cách thủ tục hành chính, ứng dụng công nghệ thông tin, lấy ý kiến Nhân dân về khen thưởng bậc cao. Bảy là tiếp tục đẩy mạnh các phong trào thi đua yêu nước trọng tâm.',
      '## Sự kế thừa trong Chỉ thị 41-CT/TW',
      'Sau mười năm, Bộ Chính trị ban hành Chỉ thị 41-CT/TW ngày 26/12/2024 về tăng cường sự lãnh đạo của Đảng đối với công tác thi đua, khen thưởng trong tình hình mới, thay thế Chỉ thị 34-CT/TW. Chỉ thị tiếp tục nhấn mạnh tính thiết thực, hướng về cơ sở, chống hình thức và đề cao trách nhiệm của người đứng đầu; đây là văn bản định hướng hiện hành của Đảng về công tác thi đua, khen thưởng.',
      '## Liên hệ với Cổng Thi đua',
      'Nhiều tính năng của Cổng Thi đua được thiết kế theo các nội dung trên: thư viện văn bản, trang phong trào có đủ mục tiêu và chỉ tiêu, điển hình theo bốn giai đoạn, công khai quyết định khen thưởng, lấy ý kiến Nhân dân và học liệu về tư tưởng Hồ Chí Minh.',
      'Thảo luận: đơn vị của anh/chị đã thực hiện tốt nhóm nội dung nào và còn yếu ở nhóm nào?',
    ],
    durationMinutes: 135,
    attachments: [
      {
        title: 'Tóm tắt Kế hoạch thực hiện Chỉ thị 34-CT/TW (bản tóm lược của nhóm biên soạn)',
        paragraphs: [
          'Mục đích: tạo chuyển biến về nhận thức; phát huy sức mạnh cả hệ thống chính trị; đề cao trách nhiệm người đứng đầu; đưa thi đua, khen thưởng thành động lực phát triển.',
          'Nội dung, giải pháp: bảy nhóm – quán triệt và tuyên truyền; đổi mới phong trào; nâng cao chất lượng khen thưởng; tuyên truyền điển hình; kiện toàn tổ chức và cán bộ; cải cách thủ tục, ứng dụng công nghệ thông tin; đẩy mạnh các phong trào trọng tâm.',
          'Tổ chức thực hiện: các bộ, ngành, địa phương xây dựng kế hoạch riêng; đánh giá việc thực hiện chỉ thị khi sơ kết, tổng kết hằng năm; Cụm, Khối thi đua theo dõi, kiểm tra.',
          'Lưu ý: đây là bản tóm lược phục vụ học tập, không thay thế văn bản gốc.',
        ],
      },
    ],
    sourceDocumentKeys: ['chi-thi-34-ct-tw-2014', 'chi-thi-41-ct-tw-2024', 'nghi-dinh-56-2013-nd-cp'],
    questions: [
      {
        question: 'Chỉ thị 34-CT/TW được ban hành ngày nào, do cơ quan nào ban hành?',
        answer: 'Ngày 07/4/2014, do Bộ Chính trị (khóa XI) ban hành.',
      },
      {
        question: 'Bốn khâu xây dựng điển hình tiên tiến là gì?',
        answer: 'Phát hiện – bồi dưỡng – tổng kết – nhân rộng điển hình tiên tiến.',
      },
      {
        question: 'Kế hoạch thực hiện Chỉ thị 34-CT/TW (năm 2014) đã đề cập đến việc lấy ý kiến Nhân dân như thế nào?',
        answer: 'Lấy ý kiến Nhân dân về một số hình thức khen thưởng bậc cao trên các phương tiện thông tin đại chúng để bảo đảm công khai, minh bạch.',
      },
      {
        question: 'Chỉ thị nào của Bộ Chính trị thay thế Chỉ thị 34-CT/TW sau mười năm thực hiện?',
        answer: 'Chỉ thị 41-CT/TW ngày 26/12/2024 về tăng cường sự lãnh đạo của Đảng đối với công tác thi đua, khen thưởng trong tình hình mới; chỉ thị này thay thế, đồng thời kế thừa và phát triển Chỉ thị 34-CT/TW.',
      },
    ],
  },

  // ── Khóa 2: Nghiệp vụ thi đua, khen thưởng cho cán bộ cơ sở ────────
  {
    key: 'noi-dung-co-ban-luat-thi-dua-khen-thuong-2022',
    courseKey: NV,
    moduleNumber: 1,
    order: 1,
    title: 'Những nội dung cơ bản của Luật Thi đua, khen thưởng năm 2022',
    objectives: [
      'Nêu được thời điểm ban hành, hiệu lực và phạm vi điều chỉnh của Luật.',
      'Trình bày được các nguyên tắc thi đua và nguyên tắc khen thưởng.',
      'Xác định được các văn bản hướng dẫn chính cần tra cứu.',
    ],
    body: [
      'Luật Thi đua, khen thưởng số 06/2022/QH15 được Quốc hội thông qua ngày 15/6/2022 và có hiệu lực từ ngày 01/01/2024. Luật thay thế Luật Thi đua, khen thưởng năm 2003 cùng các lần sửa đổi, bổ sung.',
      '## Phạm vi và đối tượng',
      'Luật quy định về đối tượng, nguyên tắc, nội dung thi đua; danh hiệu thi đua, hình thức khen thưởng, tiêu chuẩn; thẩm quyền, thủ tục; quỹ thi đua, khen thưởng; quyền và nghĩa vụ của người được khen; quản lý nhà nước về thi đua, khen thưởng.',
      'Đối tượng áp dụng rộng: công dân Việt Nam trong và ngoài nước, cơ quan, tổ chức, đơn vị, hộ gia đình, và cả người nước ngoài, tổ chức nước ngoài có đóng góp cho Việt Nam.',
      '## Nguyên tắc thi đua',
      'Thi đua được tổ chức trên tinh thần tự nguyện, tự giác, công khai; đoàn kết, hợp tác và cùng phát triển. Việc xét tặng danh hiệu thi đua phải căn cứ vào phong trào thi đua; cá nhân, tập thể tham gia phải đăng ký thi đua.',
      '## Nguyên tắc khen thưởng',
      'Khen thưởng phải chính xác, công khai, minh bạch, công bằng, kịp thời; bảo đảm thống nhất giữa tính chất, hình thức và đối tượng; coi trọng chất lượng, chú trọng khen thưởng người trực tiếp lao động, sản xuất, công tác, chiến đấu; kết hợp động viên tinh thần với khuyến khích vật chất.',
      '| Nhóm | Gồm |\n| --- | --- |\n| Danh hiệu thi đua đối với cá nhân | Chiến sĩ thi đua toàn quốc; Chiến sĩ thi đua bộ, ban, ngành, tỉnh; Chiến sĩ thi đua cơ sở; Lao động tiên tiến, Chiến sĩ tiên tiến |\n| Hình thức khen thưởng | Huân chương; Huy chương; Danh hiệu vinh dự Nhà nước; Giải thưởng Hồ Chí Minh, Giải thưởng Nhà nước; Kỷ niệm chương; Bằng khen; Giấy khen |',
      'Văn bản hướng dẫn chi tiết là Nghị định 98/2023/NĐ-CP ngày 31/12/2023; ngày 14/6/2025, Chính phủ ban hành Nghị định 152/2025/NĐ-CP quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng và hướng dẫn thi hành một số điều của Luật, phù hợp với chính quyền địa phương hai cấp. Khi áp dụng, cần tra cứu tình trạng hiệu lực mới nhất của các nghị định này. Ngoài ra, mỗi bộ, ngành, tỉnh có quy định, hướng dẫn riêng phù hợp với đặc thù.',
      'Lưu ý khi giảng: bài giảng tóm lược tinh thần của Luật; người học cần đọc nguyên văn các điều khoản khi áp dụng.',
    ],
    durationMinutes: 90,
    figure: {
      afterParagraph: 3,
      alt: 'Hình minh họa: cán bộ cơ sở cùng nghiên cứu Luật Thi đua, khen thưởng năm 2022',
      caption: 'Luật áp dụng cho cá nhân, tập thể, hộ gia đình và cả người nước ngoài có đóng góp cho Việt Nam (hình minh họa).',
    },
    attachments: [
      {
        title: 'Sơ đồ văn bản pháp luật về thi đua, khen thưởng hiện hành',
        paragraphs: [
          'Cấp chủ trương: Chỉ thị 41-CT/TW ngày 26/12/2024 của Bộ Chính trị (thay thế Chỉ thị 34-CT/TW ngày 07/4/2014).',
          'Cấp luật: Luật Thi đua, khen thưởng số 06/2022/QH15, hiệu lực từ 01/01/2024.',
          'Cấp nghị định: Nghị định 98/2023/NĐ-CP ngày 31/12/2023 quy định chi tiết thi hành một số điều của Luật; Nghị định 152/2025/NĐ-CP ngày 14/6/2025 quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng và hướng dẫn thi hành Luật (cần đối chiếu tình trạng hiệu lực khi tra cứu).',
          'Cấp bộ, ngành, địa phương: quy chế, hướng dẫn công tác thi đua, khen thưởng của từng bộ, ngành, tỉnh.',
          'Văn bản đã hết hiệu lực cần lưu ý khi tra cứu hồ sơ cũ: Luật năm 2003 (và các luật sửa đổi), Nghị định 91/2017/NĐ-CP, Chỉ thị 34-CT/TW.',
        ],
      },
    ],
    sourceDocumentKeys: ['luat-thi-dua-khen-thuong-2022', 'nghi-dinh-98-2023-nd-cp', 'nghi-dinh-152-2025-nd-cp', 'luat-thi-dua-khen-thuong-2003'],
    questions: [
      {
        question: 'Luật Thi đua, khen thưởng năm 2022 có số hiệu và hiệu lực từ ngày nào?',
        answer: 'Luật số 06/2022/QH15, có hiệu lực từ ngày 01/01/2024.',
      },
      {
        question: 'Nêu các nguyên tắc thi đua.',
        answer: 'Tự nguyện, tự giác, công khai; đoàn kết, hợp tác và cùng phát triển; xét danh hiệu thi đua phải căn cứ phong trào thi đua và có đăng ký thi đua.',
      },
      {
        question: 'Những nghị định nào của Chính phủ hướng dẫn thi hành Luật Thi đua, khen thưởng năm 2022?',
        answer: 'Nghị định 98/2023/NĐ-CP ngày 31/12/2023 quy định chi tiết thi hành một số điều của Luật; Nghị định 152/2025/NĐ-CP ngày 14/6/2025 quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng và hướng dẫn thi hành một số điều của Luật.',
      },
    ],
  },
  {
    key: 'danh-hieu-thi-dua-va-hinh-thuc-khen-thuong',
    courseKey: NV,
    moduleNumber: 1,
    order: 2,
    title: 'Danh hiệu thi đua và hình thức khen thưởng: phân biệt và áp dụng',
    objectives: [
      'Phân biệt được danh hiệu thi đua với hình thức khen thưởng.',
      'Kể được các hình thức khen thưởng theo Luật.',
      'Xác định được thẩm quyền quyết định của từng cấp đối với các hình thức thường gặp.',
    ],
    body: [
      'Một lỗi thường gặp của hồ sơ ở cơ sở là nhầm lẫn giữa danh hiệu thi đua và hình thức khen thưởng. Bài học giúp người học phân biệt rõ hai nhóm này.',
      '## Danh hiệu thi đua',
      'Danh hiệu thi đua được xét tặng dựa trên kết quả phong trào thi đua. Với cá nhân có các danh hiệu như Chiến sĩ thi đua toàn quốc, Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh, Chiến sĩ thi đua cơ sở, Lao động tiên tiến, Chiến sĩ tiên tiến.',
      'Với tập thể có Cờ thi đua của Chính phủ, Cờ thi đua cấp bộ, ban, ngành, tỉnh, Tập thể lao động xuất sắc, Đơn vị quyết thắng, Tập thể lao động tiên tiến, Đơn vị tiên tiến. Luật còn có danh hiệu dành cho hộ gia đình, thôn, tổ dân phố.',
      '## Hình thức khen thưởng',
      'Hình thức khen thưởng gồm: Huân chương; Huy chương; Danh hiệu vinh dự Nhà nước (như Bà mẹ Việt Nam anh hùng, Anh hùng Lực lượng vũ trang nhân dân, Anh hùng Lao động); Giải thưởng Hồ Chí Minh, Giải thưởng Nhà nước; Kỷ niệm chương; Bằng khen; Giấy khen.',
      'Huân chương Hữu nghị và Huy chương Hữu nghị dành cho người nước ngoài, tổ chức nước ngoài có đóng góp cho Việt Nam.',
      '## Ai quyết định?',
      'Chủ tịch nước quyết định tặng Huân chương, Huy chương, danh hiệu vinh dự Nhà nước, Giải thưởng Hồ Chí Minh, Giải thưởng Nhà nước. Thủ tướng Chính phủ quyết định tặng Bằng khen của Thủ tướng Chính phủ, Cờ thi đua của Chính phủ, danh hiệu Chiến sĩ thi đua toàn quốc. Bộ trưởng, Chủ tịch Ủy ban nhân dân cấp tỉnh tặng Bằng khen, Cờ thi đua và danh hiệu thi đua theo thẩm quyền; Chủ tịch Ủy ban nhân dân cấp xã tặng Giấy khen.',
      'Trên Cổng Thi đua, mỗi quyết định khen thưởng được gắn đúng “hình thức” để thống kê theo năm, tỉnh, ngành – cán bộ nhập liệu cần chọn chính xác.',
    ],
    durationMinutes: 90,
    attachments: [
      {
        title: 'Bảng tra nhanh: hình thức khen thưởng và người quyết định',
        paragraphs: [
          'Huân chương, Huy chương, Danh hiệu vinh dự Nhà nước, Giải thưởng Hồ Chí Minh, Giải thưởng Nhà nước – Chủ tịch nước (số quyết định thường có ký hiệu QĐ-CTN).',
          'Chiến sĩ thi đua toàn quốc, Cờ thi đua của Chính phủ, Bằng khen của Thủ tướng Chính phủ – Thủ tướng Chính phủ (ký hiệu QĐ-TTg).',
          'Bằng khen, Cờ thi đua, Chiến sĩ thi đua cấp bộ, tỉnh; Tập thể lao động xuất sắc – Bộ trưởng, Chủ tịch Ủy ban nhân dân cấp tỉnh (ký hiệu QĐ-UBND đối với tỉnh).',
          'Kỷ niệm chương – Bộ trưởng, thủ trưởng cơ quan trung ương theo quy định của ngành.',
          'Giấy khen – Chủ tịch Ủy ban nhân dân cấp xã và thủ trưởng các cơ quan, đơn vị theo thẩm quyền.',
        ],
      },
    ],
    sourceDocumentKeys: ['luat-thi-dua-khen-thuong-2022', 'nghi-dinh-98-2023-nd-cp', 'nghi-dinh-56-2013-nd-cp'],
    questions: [
      {
        question: '“Tập thể lao động xuất sắc” là danh hiệu thi đua hay hình thức khen thưởng?',
        answer: 'Là danh hiệu thi đua dành cho tập thể.',
      },
      {
        question: 'Kể tên các hình thức khen thưởng theo Luật Thi đua, khen thưởng năm 2022.',
        answer: 'Huân chương; Huy chương; Danh hiệu vinh dự Nhà nước; Giải thưởng Hồ Chí Minh, Giải thưởng Nhà nước; Kỷ niệm chương; Bằng khen; Giấy khen.',
      },
      {
        question: 'Ai quyết định tặng danh hiệu Chiến sĩ thi đua toàn quốc?',
        answer: 'Thủ tướng Chính phủ.',
      },
      {
        question: 'Hình thức nào dành cho người nước ngoài có đóng góp cho quan hệ hữu nghị với Việt Nam?',
        answer: 'Huân chương Hữu nghị và Huy chương Hữu nghị (ngoài ra có thể được tặng Bằng khen, Kỷ niệm chương theo thẩm quyền).',
      },
    ],
  },
  {
    key: 'phat-dong-so-ket-tong-ket-phong-trao-thi-dua-o-xa-phuong',
    courseKey: NV,
    moduleNumber: 2,
    order: 3,
    title: 'Phát động, sơ kết, tổng kết phong trào thi đua ở xã, phường',
    objectives: [
      'Xây dựng được kế hoạch phong trào thi đua có đủ các thành phần bắt buộc.',
      'Phân biệt được thi đua thường xuyên với thi đua theo đợt, theo chuyên đề.',
      'Tổ chức được sơ kết, tổng kết gắn với khen thưởng.',
    ],
    body: [
      'Ở cấp xã, phong trào thi đua thường gắn với những việc rất cụ thể: giải quyết thủ tục hành chính, vệ sinh môi trường, an ninh trật tự, giảm nghèo. Bài học hướng dẫn quy trình từ phát động đến tổng kết.',
      '## Kế hoạch phải trả lời sáu câu hỏi',
      'Theo Luật Thi đua, khen thưởng và tinh thần các chỉ thị của Bộ Chính trị (Chỉ thị 34-CT/TW trước đây, nay là Chỉ thị 41-CT/TW), khi phát động phải xác định rõ: mục tiêu, chỉ tiêu, nội dung, biện pháp, đối tượng tham gia và tiêu chí đánh giá. Thiếu một trong sáu yếu tố này, phong trào dễ trở thành hình thức.',
      'Chỉ tiêu nên ít nhưng đo được: ví dụ “80% hồ sơ tiếp nhận trực tuyến”, “12 km kênh được làm sạch”, “1.500 hộ cam kết phân loại rác”.',
      '## Thường xuyên hay theo đợt',
      'Thi đua thường xuyên (hằng năm) gắn với nhiệm vụ chung, thường tổ chức theo Cụm, Khối và ký giao ước đầu năm. Thi đua theo đợt hoặc chuyên đề giải quyết một việc khó, cấp bách trong thời gian xác định, như đợt thi đua 100 ngày “Kênh sạch – phố xanh” trên Cổng Thi đua (ví dụ giả định).',
      '## Sơ kết, tổng kết và khen thưởng',
      'Sơ kết giữa kỳ để điều chỉnh biện pháp; tổng kết để đánh giá theo tiêu chí đã công bố. Báo cáo sơ kết, tổng kết nên nêu số liệu so với chỉ tiêu, điển hình phát hiện được, hạn chế và nguyên nhân.',
      'Khen thưởng phải dựa trên kết quả phong trào, kịp thời ngay tại hội nghị tổng kết nếu có thể. Trên Cổng Thi đua, mỗi mốc phát động, sơ kết, tổng kết được ghi lại kèm báo cáo để người dân theo dõi.',
    ],
    durationMinutes: 90,
    attachments: [
      {
        title: 'Mẫu báo cáo sơ kết phong trào thi đua cấp xã (gợi ý)',
        paragraphs: [
          'Phần 1 – Công tác phát động: thời gian, hình thức, số đơn vị đăng ký.',
          'Phần 2 – Kết quả so với chỉ tiêu: lập bảng chỉ tiêu, kết quả, tỷ lệ đạt.',
          'Phần 3 – Điển hình phát hiện được: tên tập thể, cá nhân, việc làm cụ thể.',
          'Phần 4 – Hạn chế, nguyên nhân và biện pháp thời gian tới.',
          'Phần 5 – Đề nghị khen thưởng: danh sách, hình thức, căn cứ.',
        ],
      },
    ],
    sourceDocumentKeys: ['chi-thi-41-ct-tw-2024', 'luat-thi-dua-khen-thuong-2022', 'nghi-dinh-98-2023-nd-cp'],
    questions: [
      {
        question: 'Khi phát động phong trào thi đua cần xác định rõ những yếu tố nào?',
        answer: 'Mục tiêu, chỉ tiêu, nội dung, biện pháp, đối tượng tham gia và tiêu chí đánh giá.',
      },
      {
        question: 'Khác nhau cơ bản giữa thi đua thường xuyên và thi đua theo đợt là gì?',
        answer: 'Thi đua thường xuyên gắn với nhiệm vụ hằng năm, tổ chức theo Cụm, Khối; thi đua theo đợt, chuyên đề giải quyết một việc cụ thể, cấp bách trong thời gian xác định.',
      },
      {
        question: 'Báo cáo tổng kết phong trào nên có những nội dung chính nào?',
        answer: 'Kết quả so với chỉ tiêu, điển hình phát hiện được, hạn chế và nguyên nhân, phương hướng và đề nghị khen thưởng.',
      },
    ],
  },
  {
    key: 'lap-ho-so-de-nghi-khen-thuong-va-lay-y-kien-cong-khai',
    courseKey: NV,
    moduleNumber: 3,
    order: 4,
    title: 'Lập hồ sơ đề nghị khen thưởng và lấy ý kiến công khai',
    objectives: [
      'Nắm được thành phần cơ bản của hồ sơ đề nghị khen thưởng.',
      'Viết được báo cáo thành tích đúng yêu cầu.',
      'Biết khi nào áp dụng thủ tục đơn giản và cách công khai, lấy ý kiến.',
      'Sử dụng được Cổng Thi đua để đăng hồ sơ lấy ý kiến.',
    ],
    body: [
      'Hồ sơ là căn cứ để cấp có thẩm quyền xem xét khen thưởng. Hồ sơ chuẩn bị tốt giúp rút ngắn thời gian, tránh bị trả lại.',
      '## Thành phần hồ sơ',
      'Hồ sơ đề nghị khen thưởng thông thường gồm tờ trình của cơ quan đề nghị, biên bản họp xét của Hội đồng Thi đua – Khen thưởng, báo cáo thành tích của tập thể, cá nhân và các giấy tờ chứng minh khi cần. Thành phần cụ thể cho từng hình thức được quy định tại các nghị định hướng dẫn Luật (Nghị định 98/2023/NĐ-CP và Nghị định 152/2025/NĐ-CP); cán bộ cần dùng đúng văn bản còn hiệu lực tại thời điểm lập hồ sơ.',
      '## Viết báo cáo thành tích',
      'Báo cáo thành tích phải trung thực, cụ thể, có số liệu. Nên tránh những câu chung chung; thay vào đó nêu việc đã làm, kết quả đạt được so với chỉ tiêu và tác động. Với người trực tiếp lao động, có thể mô tả năng suất, sáng kiến, số giờ công, sản phẩm.',
      'Người làm công tác thi đua nên hỗ trợ người lao động viết báo cáo, nhưng không được “tô hồng” thành tích.',
      '## Thủ tục đơn giản và khen thưởng đột xuất',
      'Với thành tích đột xuất – dũng cảm cứu người, bảo vệ tài sản, phát hiện tội phạm – pháp luật cho phép khen thưởng theo thủ tục đơn giản để bảo đảm kịp thời. Cán bộ cần xác minh sự việc và lập hồ sơ ngay khi sự việc xảy ra.',
      '## Công khai và lấy ý kiến Nhân dân',
      'Danh sách đề nghị khen thưởng cần được công khai tại cơ quan, đơn vị; với một số hình thức khen thưởng bậc cao, hồ sơ được đăng để lấy ý kiến Nhân dân trên phương tiện thông tin đại chúng. Trên Cổng Thi đua, hồ sơ được mở lấy ý kiến trong thời hạn định sẵn, ý kiến được kiểm duyệt và lưu lại để hội đồng xem xét.',
      'Sau khi có quyết định, kết quả khen thưởng được công khai kèm số, ngày quyết định và người ký.',
    ],
    durationMinutes: 135,
    attachments: [
      {
        title: 'Danh mục kiểm tra hồ sơ trước khi trình',
        paragraphs: [
          'Tờ trình đúng thẩm quyền, đúng tuyến trình, ghi rõ hình thức đề nghị.',
          'Biên bản họp xét có đủ thành phần, tỷ lệ đồng ý theo quy định.',
          'Báo cáo thành tích có xác nhận của cấp trình, số liệu khớp với báo cáo tổng kết.',
          'Đã công khai danh sách tại cơ quan, đơn vị; đã lấy ý kiến Nhân dân đối với hình thức bậc cao.',
          'Đã lưu bản điện tử của hồ sơ để tra cứu về sau.',
        ],
      },
      {
        title: 'Ví dụ báo cáo thành tích ngắn (nội dung mẫu, hư cấu)',
        paragraphs: [
          'Họ và tên: Lâm Minh Tâm; chức vụ: tài xế xe buýt; đơn vị: Hợp tác xã Vận tải Sài Gòn Xanh (giả định).',
          'Thành tích: ngày 27/5/2025, khi đang điều khiển xe, phát hiện một hành khách có dấu hiệu đột quỵ; đã dừng xe an toàn, gọi cấp cứu và đưa người bệnh đến bệnh viện gần nhất, góp phần cứu sống người bệnh.',
          'Xác nhận: có thư cảm ơn của gia đình người bệnh và ý kiến của hành khách cùng chuyến.',
          'Đề nghị: khen thưởng đột xuất theo thủ tục đơn giản.',
        ],
      },
    ],
    sourceDocumentKeys: ['nghi-dinh-98-2023-nd-cp', 'nghi-dinh-152-2025-nd-cp', 'luat-thi-dua-khen-thuong-2022', 'chi-thi-34-ct-tw-2014'],
    questions: [
      {
        question: 'Hồ sơ đề nghị khen thưởng thông thường gồm những thành phần nào?',
        answer: 'Tờ trình, biên bản họp xét của Hội đồng Thi đua – Khen thưởng, báo cáo thành tích và giấy tờ chứng minh khi cần, theo quy định của các nghị định hướng dẫn Luật Thi đua, khen thưởng.',
      },
      {
        question: 'Khi nào có thể áp dụng thủ tục đơn giản?',
        answer: 'Khi khen thưởng kịp thời thành tích đột xuất như dũng cảm cứu người, bảo vệ tài sản, phát hiện tội phạm, theo các trường hợp pháp luật quy định.',
      },
      {
        question: 'Vì sao phải lấy ý kiến Nhân dân đối với hình thức khen thưởng bậc cao?',
        answer: 'Để bảo đảm công khai, minh bạch, khen đúng người, đúng việc và tạo sự đồng thuận xã hội; yêu cầu này đã được nêu trong Kế hoạch thực hiện Chỉ thị 34-CT/TW năm 2014 và tiếp tục được thể hiện trong pháp luật hiện hành về thi đua, khen thưởng.',
      },
    ],
  },
  {
    key: 'phat-hien-va-boi-duong-dien-hinh-tien-tien',
    courseKey: NV,
    moduleNumber: 4,
    order: 5,
    title: 'Phát hiện và bồi dưỡng điển hình tiên tiến',
    objectives: [
      'Trình bày được yêu cầu thực hiện đồng bộ bốn khâu xây dựng điển hình.',
      'Biết các kênh phát hiện điển hình ở cơ sở.',
      'Lập được kế hoạch bồi dưỡng cho một điển hình mới.',
    ],
    body: [
      'Kế hoạch thực hiện Chỉ thị 34-CT/TW năm 2014 đã yêu cầu, và Chỉ thị 41-CT/TW tiếp tục nhấn mạnh, công tác xây dựng điển hình tiên tiến phải bắt đầu từ cơ sở và thực hiện đồng bộ bốn khâu: phát hiện, bồi dưỡng, tổng kết và nhân rộng. Bài học này tập trung vào hai khâu đầu.',
      '## Phát hiện: nhìn vào những việc làm cụ thể',
      'Điển hình thường không tự “xuất hiện” trong báo cáo. Cán bộ cần lắng nghe qua nhiều kênh: bình xét ở khu dân cư, phản ánh của người dân, thư cảm ơn, kết quả sơ kết phong trào, báo chí địa phương.',
      'Ví dụ trên Cổng Thi đua: già làng Siu Blơ được phát hiện qua bình xét ở khu dân cư; tài xế Lâm Minh Tâm được phát hiện từ thư của hành khách; tổ tự quản khu vực 5 được phát hiện qua đợt thi đua 100 ngày (các nhân vật đều hư cấu).',
      'Khi phát hiện, cần xác minh thông tin, ghi nhận vào danh sách điển hình của địa phương và phân công người theo dõi.',
      '## Bồi dưỡng: giúp điển hình đi xa hơn',
      'Bồi dưỡng là khâu hay bị bỏ qua. Bồi dưỡng có thể là hỗ trợ kiến thức (tập huấn, tham quan), điều kiện (vốn, thiết bị), kỹ năng (viết hồ sơ sáng kiến, thuyết trình) và tạo môi trường để điển hình phát huy.',
      'Ví dụ: công đoàn cơ sở hỗ trợ công nhân Trần Quốc Đạt học viết hồ sơ sáng kiến; Hội Nông dân đưa nông dân Y Thuận Mlô vào chương trình bồi dưỡng quản trị hợp tác xã (nhân vật hư cấu).',
      '## Ghi nhận giai đoạn trên Cổng Thi đua',
      'Mỗi hồ sơ điển hình trên Cổng Thi đua có trường “giai đoạn”: phát hiện, bồi dưỡng, tổng kết, nhân rộng. Cán bộ cập nhật giai đoạn khi có căn cứ (biên bản, báo cáo) để thống kê chính xác tiến độ xây dựng điển hình của địa phương.',
    ],
    durationMinutes: 90,
    attachments: [
      {
        title: 'Mẫu kế hoạch bồi dưỡng điển hình (gợi ý)',
        paragraphs: [
          'Thông tin điển hình: tên, đơn vị, lĩnh vực, thời điểm phát hiện, người theo dõi.',
          'Điểm mạnh cần phát huy và hạn chế cần hỗ trợ.',
          'Nội dung bồi dưỡng: kiến thức, kỹ năng, điều kiện vật chất; cơ quan chịu trách nhiệm.',
          'Thời gian và mốc đánh giá; dự kiến thời điểm tổng kết.',
          'Hình thức biểu dương, tuyên truyền phù hợp trong quá trình bồi dưỡng.',
        ],
      },
    ],
    sourceDocumentKeys: ['chi-thi-34-ct-tw-2014', 'chi-thi-41-ct-tw-2024'],
    questions: [
      {
        question: 'Bốn khâu xây dựng điển hình tiên tiến là gì và phải thực hiện thế nào?',
        answer: 'Phát hiện – bồi dưỡng – tổng kết – nhân rộng; phải thực hiện từ cơ sở và đồng bộ cả bốn khâu.',
      },
      {
        question: 'Kể ba kênh phát hiện điển hình ở cơ sở.',
        answer: 'Bình xét ở khu dân cư; phản ánh, thư cảm ơn của người dân; kết quả sơ kết, tổng kết phong trào (ngoài ra có báo chí địa phương).',
      },
      {
        question: 'Bồi dưỡng điển hình gồm những hình thức nào?',
        answer: 'Hỗ trợ kiến thức, kỹ năng, điều kiện vật chất và tạo môi trường để điển hình phát huy.',
      },
    ],
  },
  {
    key: 'tong-ket-va-nhan-rong-dien-hinh-tien-tien',
    courseKey: NV,
    moduleNumber: 4,
    order: 6,
    title: 'Tổng kết và nhân rộng điển hình tiên tiến',
    objectives: [
      'Biết cách tổng kết kinh nghiệm của một điển hình.',
      'Lựa chọn được hình thức nhân rộng phù hợp.',
      'Tổ chức được hoạt động “thi đua cùng điển hình tiên tiến”.',
    ],
    body: [
      'Tổng kết là chuyển kinh nghiệm của một người, một tập thể thành cách làm mà người khác có thể học theo. Nhân rộng là đưa cách làm ấy vào thực tiễn ở nơi khác.',
      '## Tổng kết: rút ra “cách làm” chứ không chỉ kể thành tích',
      'Báo cáo tổng kết điển hình cần trả lời: vấn đề ban đầu là gì, điển hình đã làm gì, điều kiện nào giúp thành công, nơi khác muốn áp dụng cần gì. Có thể tổ chức hội thảo, mời người trong cuộc trình bày.',
      'Ví dụ: mô hình lúa – sen – cá của Tổ sản xuất số 3 được tổng kết tại hội nghị của tỉnh; cách làm “ba công khai” trong xóa nhà tạm được Sở Nội vụ tổng kết (nội dung mẫu).',
      '## Nhân rộng: chọn đúng nơi, đúng cách',
      'Nhân rộng không phải sao chép máy móc. Cần chọn nơi có điều kiện tương đồng, tổ chức tham quan, tập huấn, “cầm tay chỉ việc” và theo dõi kết quả áp dụng.',
      'Tuyên truyền điển hình qua báo chí, chuyên mục “Gương sáng quanh ta” trên Cổng Thi đua là kênh nhân rộng quan trọng; các cơ quan báo chí có thể dẫn lại bài theo giấy phép CC BY 4.0.',
      '## Thi đua cùng điển hình tiên tiến',
      'Kế hoạch thực hiện Chỉ thị 34-CT/TW năm 2014 đã coi “thi đua cùng các điển hình tiên tiến” là nội dung mới trong tổ chức phong trào: các tập thể, cá nhân lấy điển hình làm chuẩn để phấn đấu, qua đó đánh giá hiệu quả thực chất của phong trào.',
    ],
    durationMinutes: 90,
    attachments: [
      {
        title: 'Khung báo cáo tổng kết kinh nghiệm điển hình',
        paragraphs: [
          'Bối cảnh và vấn đề ban đầu.',
          'Cách làm chính, trình tự các bước.',
          'Kết quả đo được và tác động.',
          'Điều kiện để thành công và những khó khăn đã gặp.',
          'Khuyến nghị cho nơi muốn áp dụng.',
        ],
      },
    ],
    sourceDocumentKeys: ['chi-thi-34-ct-tw-2014', 'chi-thi-41-ct-tw-2024', 'luat-thi-dua-khen-thuong-2022'],
    questions: [
      {
        question: 'Báo cáo tổng kết điển hình cần trả lời những câu hỏi nào?',
        answer: 'Vấn đề ban đầu, điển hình đã làm gì, điều kiện giúp thành công, nơi khác muốn áp dụng cần gì.',
      },
      {
        question: 'Vì sao nhân rộng không phải là sao chép máy móc?',
        answer: 'Vì mỗi nơi có điều kiện khác nhau; cần chọn nơi tương đồng, tập huấn, hướng dẫn và theo dõi kết quả áp dụng.',
      },
      {
        question: '“Thi đua cùng điển hình tiên tiến” có ý nghĩa gì?',
        answer: 'Các tập thể, cá nhân lấy điển hình làm chuẩn để phấn đấu, giúp phong trào đi vào chiều sâu và đánh giá được hiệu quả thực chất.',
      },
    ],
    draft: true,
  },
]
