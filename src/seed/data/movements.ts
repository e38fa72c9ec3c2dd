import type { SeedMovement } from './types'

/**
 * Phong trào thi đua. Các phong trào cấp quốc gia là phong trào có thật
 * (tên gọi, năm phát động); số liệu chỉ tiêu và nội dung các báo cáo sơ kết,
 * tổng kết là bản tóm tắt minh họa do ban biên tập soạn (nội dung mẫu).
 * Các phong trào cấp bộ, tỉnh, cơ sở là phong trào giả định.
 */
export const movements: SeedMovement[] = [
  {
    key: 'ca-nuoc-chung-suc-xay-dung-nong-thon-moi',
    name: 'Cả nước chung sức xây dựng nông thôn mới',
    slogan: 'Chung sức xây dựng nông thôn mới – vì cuộc sống ấm no, văn minh của người dân nông thôn',
    type: 'thematic',
    issuingBody: 'Thủ tướng Chính phủ, Chủ tịch Hội đồng Thi đua – Khen thưởng Trung ương',
    level: 'national',
    objectives: [
      'Huy động sức mạnh của cả hệ thống chính trị và toàn xã hội tham gia xây dựng nông thôn mới, trong đó người dân giữ vai trò chủ thể.',
      'Nâng cao đời sống vật chất và tinh thần của cư dân nông thôn, thu hẹp khoảng cách giữa nông thôn và thành thị.',
      'Phát hiện, biểu dương và nhân rộng các mô hình, cách làm hay trong xây dựng nông thôn mới ở từng xã, từng thôn, bản.',
    ],
    targets: [
      { indicator: 'Tỷ lệ xã đạt chuẩn nông thôn mới', target: 80, unit: '%', achieved: 78 },
      { indicator: 'Số xã đạt chuẩn nông thôn mới nâng cao', target: 40, unit: '% số xã đã đạt chuẩn', achieved: 33 },
      { indicator: 'Mô hình “thôn, bản kiểu mẫu” được công nhận', target: 5000, unit: 'mô hình', achieved: 4120 },
    ],
    content: [
      'Thi đua tuyên truyền, vận động người dân hiến đất, góp công, góp của làm đường giao thông nông thôn, kênh mương nội đồng và các công trình phúc lợi.',
      'Thi đua phát triển sản xuất gắn với chuỗi giá trị, xây dựng sản phẩm OCOP, nâng cao thu nhập cho người dân.',
      'Thi đua giữ gìn cảnh quan, môi trường xanh – sạch – đẹp và xây dựng đời sống văn hóa ở khu dân cư.',
    ],
    measures: [
      'Gắn phong trào với Chương trình mục tiêu quốc gia xây dựng nông thôn mới và kế hoạch phát triển kinh tế – xã hội của từng địa phương.',
      'Định kỳ sơ kết, tổng kết; lựa chọn điển hình tiêu biểu ở cấp xã, thôn để khen thưởng kịp thời.',
      'Công khai kết quả thực hiện tiêu chí và các khoản đóng góp của Nhân dân tại nhà văn hóa thôn, bản và trên cổng thông tin.',
    ],
    participants:
      'Các bộ, ngành, đoàn thể, doanh nghiệp, các tỉnh, thành phố và toàn thể cán bộ, đảng viên, Nhân dân cả nước, trọng tâm là người dân và cộng đồng khu vực nông thôn.',
    criteria: [
      'Mức độ hoàn thành các tiêu chí nông thôn mới và nông thôn mới nâng cao so với kế hoạch.',
      'Mức độ tham gia, đóng góp và sự hài lòng của người dân.',
      'Tính bền vững của kết quả sau khi được công nhận đạt chuẩn.',
    ],
    start: '2011-06-08',
    end: '2030-12-31',
    milestones: [
      {
        kind: 'launch',
        date: '2011-06-08',
        title: 'Thủ tướng Chính phủ phát động phong trào thi đua',
        report: [
          'Phong trào được Thủ tướng Chính phủ phát động năm 2011, là phong trào thi đua trọng tâm gắn với Chương trình mục tiêu quốc gia xây dựng nông thôn mới. Kế hoạch tổ chức thực hiện giai đoạn đầu được ban hành kèm Quyết định 1620/QĐ-TTg ngày 20/9/2011.',
          'Ngay sau lễ phát động, các tỉnh, thành phố thành lập ban chỉ đạo, lựa chọn xã điểm và tổ chức hội nghị quán triệt đến cấp cơ sở.',
        ],
      },
      {
        kind: 'other',
        date: '2022-05-18',
        title: 'Ban hành Kế hoạch thực hiện phong trào giai đoạn 2021–2025',
        report: [
          'Trên cơ sở kết quả mười năm triển khai, Thủ tướng Chính phủ ban hành Kế hoạch tổ chức thực hiện phong trào giai đoạn 2021–2025 (Quyết định 587/QĐ-TTg). Kế hoạch chú trọng chất lượng, tính bền vững và vai trò chủ thể của người dân.',
        ],
      },
      {
        kind: 'preliminaryReview',
        date: '2025-12-20',
        title: 'Sơ kết phong trào năm 2025 (bản tóm tắt mẫu)',
        report: [
          'Bản tóm tắt mẫu do ban biên tập soạn để minh họa cách trình bày báo cáo sơ kết trên cổng. Theo đó, các địa phương sau sắp xếp đơn vị hành chính đã rà soát lại bộ tiêu chí theo quy mô xã mới, bảo đảm không để kết quả đã đạt bị giảm sút.',
          'Nhiều mô hình do người dân tự quản như tổ tự quản đường làng, hợp tác xã kiểu mới, sản phẩm OCOP của đồng bào dân tộc thiểu số được biểu dương. Hạn chế còn lại là một số xã vùng sâu, vùng xa còn thiếu nguồn lực duy trì tiêu chí môi trường và thu nhập.',
          'Phương hướng năm tiếp theo: tập trung vào nông thôn mới nâng cao, kiểu mẫu và chuyển đổi số trong quản lý cấp xã.',
        ],
      },
    ],
    documentKeys: ['quyet-dinh-1620-qd-ttg-2011', 'quyet-dinh-587-qd-ttg-2022', 'chi-thi-34-ct-tw-2014', 'chi-thi-41-ct-tw-2024'],
  },
  {
    key: 'vi-nguoi-ngheo-khong-de-ai-bi-bo-lai-phia-sau',
    name: 'Cả nước chung tay vì người nghèo – Không để ai bị bỏ lại phía sau',
    slogan: 'Không để ai bị bỏ lại phía sau',
    type: 'thematic',
    issuingBody: 'Thủ tướng Chính phủ, Chủ tịch Hội đồng Thi đua – Khen thưởng Trung ương',
    level: 'national',
    objectives: [
      'Huy động mọi nguồn lực xã hội hỗ trợ hộ nghèo, hộ cận nghèo giảm nghèo nhanh và bền vững.',
      'Khơi dậy ý chí tự lực vươn lên thoát nghèo của người dân, nhất là ở vùng đồng bào dân tộc thiểu số và miền núi.',
      'Biểu dương các tập thể, cá nhân có cách làm hiệu quả trong giảm nghèo đa chiều.',
    ],
    targets: [
      { indicator: 'Mức giảm tỷ lệ hộ nghèo đa chiều bình quân mỗi năm', target: 1, unit: 'điểm %', achieved: 1.1 },
      { indicator: 'Mức giảm tỷ lệ hộ nghèo ở các huyện nghèo trước sắp xếp (bình quân mỗi năm)', target: 4, unit: 'điểm %', achieved: 4.2 },
      { indicator: 'Số mô hình sinh kế giảm nghèo được nhân rộng', target: 1500, unit: 'mô hình', achieved: 1680 },
    ],
    content: [
      'Thi đua hỗ trợ sinh kế, tạo việc làm, đào tạo nghề cho người nghèo và người lao động có thu nhập thấp.',
      'Thi đua hỗ trợ nhà ở, nước sạch, học bổng và bảo hiểm y tế cho hộ nghèo, hộ cận nghèo.',
      'Thi đua đổi mới cách làm: hỗ trợ có điều kiện, gắn với cam kết thoát nghèo của từng hộ.',
    ],
    measures: [
      'Phối hợp chặt chẽ với Ủy ban Mặt trận Tổ quốc Việt Nam các cấp trong vận động Quỹ “Vì người nghèo”.',
      'Giao chỉ tiêu giảm nghèo cụ thể đến từng xã, thôn; theo dõi từng hộ bằng sổ tay điện tử.',
      'Kịp thời khen thưởng tập thể, cá nhân, doanh nghiệp có đóng góp tiêu biểu và hộ thoát nghèo vươn lên khá giả.',
    ],
    participants:
      'Các cấp, các ngành, Mặt trận Tổ quốc và các đoàn thể, doanh nghiệp, nhà hảo tâm, người Việt Nam ở nước ngoài và các tổ chức quốc tế đồng hành cùng Việt Nam.',
    criteria: [
      'Kết quả giảm tỷ lệ hộ nghèo và hộ cận nghèo so với chỉ tiêu được giao.',
      'Nguồn lực xã hội hóa huy động được và hiệu quả sử dụng.',
      'Số hộ thoát nghèo bền vững, không tái nghèo sau hai năm.',
    ],
    start: '2021-01-01',
    end: '2025-12-31',
    milestones: [
      {
        kind: 'preliminaryReview',
        date: '2023-10-17',
        title: 'Sơ kết giữa kỳ phong trào (bản tóm tắt mẫu)',
        report: [
          'Bản tóm tắt mẫu. Sau nửa chặng đường, phần lớn địa phương đạt và vượt chỉ tiêu giảm nghèo hằng năm; nhiều doanh nghiệp nhận đỡ đầu xã nghèo theo hình thức hỗ trợ sinh kế thay vì chỉ trao quà.',
          'Hạn chế được chỉ ra là nguy cơ tái nghèo ở các hộ chịu ảnh hưởng thiên tai và dịch bệnh; việc tuyên truyền gương hộ thoát nghèo chưa thường xuyên.',
        ],
      },
      {
        kind: 'finalReview',
        date: '2025-12-15',
        title: 'Tổng kết phong trào giai đoạn 2021–2025 (bản tóm tắt mẫu)',
        report: [
          'Bản tóm tắt mẫu do ban biên tập soạn. Phong trào đã góp phần quan trọng vào việc hoàn thành mục tiêu giảm nghèo giai đoạn 2021–2025, gắn với chương trình xóa nhà tạm, nhà dột nát.',
          'Hội nghị tổng kết biểu dương nhiều mô hình sinh kế có sự tham gia của cộng đồng, trong đó có các mô hình do người có uy tín trong đồng bào dân tộc thiểu số khởi xướng.',
          'Bài học rút ra: hỗ trợ phải đi đôi với khơi dậy ý chí tự lực; số liệu theo dõi từng hộ phải công khai để cộng đồng cùng giám sát.',
        ],
      },
    ],
    documentKeys: ['chi-thi-34-ct-tw-2014', 'chi-thi-41-ct-tw-2024', 'luat-thi-dua-khen-thuong-2022'],
  },
  {
    key: 'doanh-nghiep-viet-nam-hoi-nhap-va-phat-trien',
    name: 'Doanh nghiệp Việt Nam hội nhập và phát triển',
    slogan: 'Doanh nghiệp đổi mới, sáng tạo, hội nhập và phát triển bền vững',
    type: 'thematic',
    issuingBody: 'Thủ tướng Chính phủ, Chủ tịch Hội đồng Thi đua – Khen thưởng Trung ương',
    level: 'national',
    objectives: [
      'Khuyến khích doanh nghiệp đổi mới sáng tạo, nâng cao năng lực cạnh tranh và hội nhập quốc tế.',
      'Xây dựng đội ngũ doanh nhân có đạo đức kinh doanh, trách nhiệm xã hội và chăm lo cho người lao động.',
      'Tôn vinh doanh nghiệp, doanh nhân tiêu biểu, lan tỏa tinh thần kinh doanh chân chính.',
    ],
    targets: [
      { indicator: 'Doanh nghiệp tham gia ký giao ước thi đua tại các Cụm, Khối', target: 3000, unit: 'doanh nghiệp', achieved: 2450 },
      { indicator: 'Doanh nghiệp áp dụng tiêu chuẩn quản lý quốc tế', target: 1200, unit: 'doanh nghiệp', achieved: 960 },
    ],
    content: [
      'Thi đua đổi mới công nghệ, quản trị, xây dựng thương hiệu và mở rộng thị trường xuất khẩu.',
      'Thi đua bảo đảm việc làm, thu nhập, an toàn lao động và phúc lợi cho người lao động.',
      'Thi đua thực hiện tốt nghĩa vụ với Nhà nước và tham gia các hoạt động an sinh xã hội.',
    ],
    measures: [
      'Phối hợp với các hiệp hội doanh nghiệp, Liên đoàn Thương mại và Công nghiệp Việt Nam tổ chức ký giao ước thi đua.',
      'Định kỳ biểu dương doanh nghiệp, doanh nhân tiêu biểu nhân Ngày Doanh nhân Việt Nam 13/10.',
    ],
    participants:
      'Doanh nghiệp thuộc mọi thành phần kinh tế, hợp tác xã, hộ kinh doanh, đội ngũ doanh nhân và người lao động trong doanh nghiệp.',
    criteria: [
      'Tăng trưởng doanh thu, năng suất lao động và nộp ngân sách.',
      'Đổi mới sáng tạo, chuyển đổi số và chuyển đổi xanh.',
      'Chấp hành pháp luật về lao động, môi trường và trách nhiệm xã hội.',
    ],
    start: '2016-10-13',
    milestones: [
      {
        kind: 'launch',
        date: '2016-10-13',
        title: 'Phát động phong trào nhân Ngày Doanh nhân Việt Nam',
        report: [
          'Phong trào được Thủ tướng Chính phủ phát động vào tháng 10/2016, nhân dịp Ngày Doanh nhân Việt Nam, với mong muốn cộng đồng doanh nghiệp trở thành lực lượng nòng cốt trong hội nhập kinh tế quốc tế.',
        ],
      },
      {
        kind: 'preliminaryReview',
        date: '2025-10-13',
        title: 'Sơ kết phong trào trong cộng đồng doanh nghiệp (bản tóm tắt mẫu)',
        report: [
          'Bản tóm tắt mẫu. Các Cụm, Khối thi đua doanh nghiệp đã duy trì giao ước thi đua hằng năm; nhiều doanh nghiệp chuyển từ phong trào khẩu hiệu sang chỉ tiêu đo đếm được như năng suất lao động, tỷ lệ tái chế, số sáng kiến được áp dụng.',
          'Phương hướng thời gian tới: gắn phong trào với chuyển đổi số, chuyển đổi xanh và chăm lo nhà ở cho công nhân.',
        ],
      },
    ],
    documentKeys: ['luat-thi-dua-khen-thuong-2022', 'nghi-dinh-98-2023-nd-cp'],
  },
  {
    key: 'xay-dung-xa-hoi-hoc-tap-2023-2030',
    name: 'Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời giai đoạn 2023–2030',
    slogan: 'Mỗi người dân là một công dân học tập',
    type: 'thematic',
    issuingBody: 'Thủ tướng Chính phủ, Chủ tịch Hội đồng Thi đua – Khen thưởng Trung ương',
    level: 'national',
    objectives: [
      'Nâng cao nhận thức và hành động của các cấp, các ngành và người dân về xây dựng xã hội học tập.',
      'Tạo cơ hội học tập suốt đời cho mọi người, nhất là người lớn tuổi, người lao động và người dân vùng khó khăn.',
      'Nâng cao kỹ năng số và năng lực tự học của người dân.',
    ],
    targets: [
      { indicator: 'Tỷ lệ dân số được tiếp cận chương trình học tập trực tuyến mở', target: 60, unit: '%', achieved: 41 },
      { indicator: 'Tỷ lệ cán bộ, công chức cấp xã được bồi dưỡng kỹ năng số hằng năm', target: 100, unit: '%', achieved: 86 },
      { indicator: 'Số “gia đình học tập”, “dòng họ học tập” được công nhận', target: 1000000, unit: 'danh hiệu', achieved: 720000 },
    ],
    content: [
      'Thi đua xây dựng gia đình học tập, dòng họ học tập, cộng đồng học tập và đơn vị học tập.',
      'Thi đua phát triển trung tâm học tập cộng đồng, thư viện, tủ sách ở thôn, bản, tổ dân phố.',
      'Thi đua học tập kỹ năng số, ngoại ngữ và nghề nghiệp cho người lao động.',
    ],
    measures: [
      'Phối hợp chặt chẽ giữa ngành Giáo dục và Đào tạo với Hội Khuyến học các cấp.',
      'Ứng dụng nền tảng học tập trực tuyến mở, công nhận kết quả học tập không chính quy.',
      'Định kỳ biểu dương điển hình học tập suốt đời nhân Ngày truyền thống thi đua yêu nước 11/6.',
    ],
    participants: 'Mọi công dân, gia đình, dòng họ, cộng đồng dân cư, cơ quan, đơn vị, doanh nghiệp trên cả nước.',
    criteria: [
      'Tỷ lệ người dân tham gia các hình thức học tập thường xuyên.',
      'Số lượng và chất lượng mô hình học tập được công nhận.',
      'Mức độ ứng dụng công nghệ số trong học tập cộng đồng.',
    ],
    start: '2023-06-10',
    end: '2030-12-31',
    milestones: [
      {
        kind: 'launch',
        date: '2023-06-10',
        title: 'Lễ phát động phong trào nhân kỷ niệm 75 năm Lời kêu gọi thi đua ái quốc',
        report: [
          'Phong trào được Thủ tướng Chính phủ phát động ngày 10/6/2023, nhân kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc. Lễ phát động được kết nối trực tuyến tới các tỉnh, thành phố.',
          'Sau lễ phát động, các địa phương xây dựng kế hoạch hưởng ứng, giao chỉ tiêu cụ thể cho trung tâm học tập cộng đồng cấp xã.',
        ],
      },
      {
        kind: 'preliminaryReview',
        date: '2026-06-10',
        title: 'Sơ kết ba năm thực hiện phong trào (bản tóm tắt mẫu)',
        report: [
          'Bản tóm tắt mẫu. Sau ba năm, mô hình học tập cộng đồng được duy trì ở hầu hết các xã, phường mới sau sắp xếp; nhiều trung tâm học tập cộng đồng chuyển sang hoạt động kết hợp trực tiếp và trực tuyến.',
          'Điểm nghẽn lớn nhất là hạ tầng số ở vùng cao, biên giới và thiếu đội ngũ hướng dẫn viên tình nguyện. Hội nghị đề nghị tăng cường “tổ công nghệ số cộng đồng” làm nòng cốt hướng dẫn người dân.',
        ],
      },
    ],
    documentKeys: ['luat-thi-dua-khen-thuong-2022', 'chi-thi-41-ct-tw-2024'],
  },
  {
    key: 'xoa-nha-tam-nha-dot-nat',
    name: 'Cả nước chung tay xóa nhà tạm, nhà dột nát',
    slogan: 'Mái ấm cho đồng bào tôi',
    type: 'thematic',
    issuingBody: 'Hội đồng Thi đua – Khen thưởng Trung ương phối hợp với Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
    level: 'national',
    objectives: [
      'Xóa toàn bộ nhà tạm, nhà dột nát cho hộ nghèo, hộ cận nghèo, gia đình có công với cách mạng và hộ gặp khó khăn về nhà ở.',
      'Huy động sức mạnh tổng hợp của cả hệ thống chính trị, doanh nghiệp và cộng đồng, thể hiện truyền thống “tương thân tương ái”.',
    ],
    targets: [
      { indicator: 'Tỷ lệ nhà tạm, nhà dột nát trong danh sách rà soát được hỗ trợ xây mới hoặc sửa chữa', target: 100, unit: '%', achieved: 100 },
      { indicator: 'Tỷ lệ công trình có sự tham gia ngày công của đoàn viên, thanh niên, bộ đội, công an', target: 80, unit: '%', achieved: 92 },
    ],
    content: [
      'Thi đua rà soát chính xác đối tượng, công khai danh sách hộ được hỗ trợ tại khu dân cư.',
      'Thi đua huy động nguồn lực xã hội hóa, ngày công lao động, vật liệu tại chỗ.',
      'Thi đua hoàn thành sớm, bảo đảm chất lượng nhà “ba cứng” (nền cứng, khung – tường cứng, mái cứng).',
    ],
    measures: [
      'Mỗi cấp ủy, chính quyền cơ sở phân công cán bộ phụ trách từng hộ, từng công trình.',
      'Cập nhật tiến độ hằng tuần; khen thưởng đột xuất tập thể, cá nhân làm tốt, hoàn thành sớm.',
    ],
    participants:
      'Các bộ, ngành, địa phương, lực lượng vũ trang, doanh nghiệp, tổ chức, cá nhân trong và ngoài nước.',
    criteria: [
      'Tiến độ và chất lượng nhà ở được bàn giao.',
      'Mức độ công khai, minh bạch trong lựa chọn đối tượng và sử dụng nguồn lực.',
    ],
    start: '2024-04-13',
    end: '2025-12-31',
    milestones: [
      {
        kind: 'launch',
        date: '2024-04-13',
        title: 'Phát động phong trào thi đua xóa nhà tạm, nhà dột nát',
        report: [
          'Hội đồng Thi đua – Khen thưởng Trung ương phối hợp với Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam tổ chức lễ phát động phong trào, kết nối trực tuyến với các tỉnh, thành phố.',
        ],
      },
      {
        kind: 'other',
        date: '2024-10-05',
        title: 'Phát động đợt thi đua cao điểm “450 ngày đêm”',
        report: [
          'Thủ tướng Chính phủ phát động đợt thi đua cao điểm hoàn thành mục tiêu xóa nhà tạm, nhà dột nát trong khoảng 450 ngày đêm còn lại đến hết năm 2025. Các địa phương đăng ký mốc hoàn thành sớm và giao trách nhiệm cụ thể cho người đứng đầu.',
        ],
      },
      {
        kind: 'finalReview',
        date: '2025-08-26',
        title: 'Công bố cơ bản hoàn thành xóa nhà tạm, nhà dột nát trên cả nước',
        report: [
          'Chương trình cơ bản hoàn thành trên phạm vi cả nước vào cuối tháng 8/2025, sớm hơn nhiều so với mục tiêu ban đầu. Nhiều tập thể, cá nhân, doanh nghiệp có đóng góp tiêu biểu được biểu dương, khen thưởng.',
          'Ban biên tập lưu ý: các chỉ tiêu số liệu trên trang này là số liệu minh họa (nội dung mẫu), không thay thế báo cáo chính thức của cơ quan có thẩm quyền.',
        ],
      },
    ],
    documentKeys: ['luat-thi-dua-khen-thuong-2022', 'nghi-dinh-98-2023-nd-cp', 'chi-thi-41-ct-tw-2024'],
  },
  {
    key: 'chuyen-doi-so-cap-xa-thai-nguyen-2025-2026',
    name: 'Thi đua chuyển đổi số cấp xã giai đoạn 2025–2026 (tỉnh Thái Nguyên, nội dung mẫu)',
    slogan: 'Xã số – dân thuận tiện, chính quyền gần dân',
    type: 'thematic',
    issuingBody: 'Hội đồng Thi đua – Khen thưởng tỉnh Thái Nguyên (giả định)',
    level: 'provincial',
    objectives: [
      'Vận hành thông suốt chính quyền địa phương hai cấp, lấy cấp xã làm trung tâm phục vụ người dân.',
      'Nâng tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình.',
      'Phát triển tổ công nghệ số cộng đồng ở mọi thôn, tổ dân phố.',
    ],
    targets: [
      { indicator: 'Tỷ lệ hồ sơ thủ tục hành chính cấp xã tiếp nhận trực tuyến', target: 80, unit: '%', achieved: 71 },
      { indicator: 'Tỷ lệ thôn, tổ dân phố có tổ công nghệ số cộng đồng hoạt động', target: 100, unit: '%', achieved: 94 },
      { indicator: 'Mức độ hài lòng của người dân với bộ phận một cửa cấp xã', target: 90, unit: '%', achieved: 88 },
    ],
    content: [
      'Thi đua số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại bộ phận một cửa cấp xã.',
      'Thi đua hướng dẫn người dân sử dụng dịch vụ công trực tuyến, thanh toán không dùng tiền mặt.',
      'Thi đua xây dựng sáng kiến cải tiến quy trình nội bộ của Ủy ban nhân dân xã, phường.',
    ],
    measures: [
      'Công bố hằng tháng bảng xếp hạng chỉ số phục vụ người dân của các xã, phường.',
      'Tổ chức tập huấn tại chỗ, “cầm tay chỉ việc” cho công chức mới sau sắp xếp.',
      'Khen thưởng đột xuất các tập thể, cá nhân có sáng kiến được nhân rộng.',
    ],
    participants: 'Ủy ban nhân dân các xã, phường; công chức bộ phận một cửa; tổ công nghệ số cộng đồng; đoàn viên thanh niên.',
    criteria: [
      'Tỷ lệ hồ sơ trực tuyến toàn trình và hồ sơ giải quyết đúng hạn.',
      'Kết quả khảo sát sự hài lòng của người dân.',
      'Số sáng kiến được công nhận và áp dụng.',
    ],
    start: '2025-09-01',
    end: '2026-12-31',
    milestones: [
      {
        kind: 'launch',
        date: '2025-09-01',
        title: 'Phát động thi đua tại hội nghị trực tuyến toàn tỉnh',
        report: [
          'Hội nghị phát động được tổ chức hai tháng sau khi chính quyền địa phương hai cấp đi vào hoạt động. Các xã, phường ký giao ước thi đua với năm nhóm chỉ tiêu cụ thể, công khai trên cổng thông tin của tỉnh.',
        ],
      },
      {
        kind: 'preliminaryReview',
        date: '2026-06-11',
        title: 'Sơ kết sáu tháng đầu năm 2026 nhân Ngày truyền thống thi đua yêu nước',
        report: [
          'Sau chín tháng, tỷ lệ hồ sơ trực tuyến tăng rõ rệt; nhiều xã vùng cao đã đưa bộ phận một cửa lưu động đến các thôn xa trung tâm. Hội nghị biểu dương bộ phận một cửa xã Phú Thượng (giả định) với mô hình “hẹn giờ trả kết quả qua tin nhắn”.',
          'Tồn tại: một số xã còn thiếu thiết bị, đường truyền chưa ổn định; công chức kiêm nhiệm nhiều việc. Sáu tháng cuối năm tập trung hỗ trợ các xã xếp cuối bảng.',
        ],
      },
    ],
    documentKeys: ['luat-thi-dua-khen-thuong-2022', 'nghi-dinh-152-2025-nd-cp', 'chi-thi-41-ct-tw-2024'],
  },
  {
    key: '100-ngay-kenh-sach-pho-xanh-can-tho-2025',
    name: '100 ngày thi đua “Kênh sạch – phố xanh” (phường Cái Khế, Cần Thơ, nội dung mẫu)',
    slogan: 'Mỗi hộ dân một đoạn kênh sạch',
    type: 'periodic',
    issuingBody: 'Ủy ban nhân dân phường Cái Khế (giả định)',
    level: 'grassroots',
    objectives: [
      'Làm sạch các tuyến kênh, rạch nội ô trước mùa mưa lũ.',
      'Hình thành thói quen phân loại rác tại nguồn trong các hộ dân ven kênh.',
    ],
    targets: [
      { indicator: 'Chiều dài kênh, rạch được nạo vét, vớt rác', target: 12, unit: 'km', achieved: 14.5 },
      { indicator: 'Số hộ dân ven kênh cam kết phân loại rác tại nguồn', target: 1500, unit: 'hộ', achieved: 1720 },
      { indicator: 'Số cây xanh trồng mới dọc bờ kênh', target: 2000, unit: 'cây', achieved: 2350 },
    ],
    content: [
      'Ra quân vớt rác, khơi thông dòng chảy vào sáng Chủ nhật hằng tuần.',
      'Mỗi khu vực nhận chăm sóc một đoạn kênh, treo biển tên tổ tự quản.',
    ],
    measures: [
      'Huy động đoàn viên thanh niên, hội viên phụ nữ, cựu chiến binh và học sinh tham gia.',
      'Công bố kết quả trên nhóm Zalo của từng khu vực; khen thưởng ngay khi kết thúc đợt.',
    ],
    participants: 'Các khu vực, tổ tự quản, hộ dân ven kênh, trường học và doanh nghiệp trên địa bàn phường.',
    criteria: [
      'Khối lượng rác thu gom và chiều dài kênh được làm sạch.',
      'Số hộ duy trì phân loại rác sau đợt thi đua.',
    ],
    start: '2025-08-01',
    end: '2025-11-08',
    milestones: [
      {
        kind: 'launch',
        date: '2025-08-01',
        title: 'Ra quân đợt thi đua 100 ngày',
        report: [
          'Hơn 600 người dân, đoàn viên và học sinh tham gia buổi ra quân đầu tiên, thu gom khoảng 8 tấn rác trên hai tuyến kênh chính (số liệu mẫu).',
        ],
      },
      {
        kind: 'finalReview',
        date: '2025-11-15',
        title: 'Tổng kết đợt thi đua và trao Giấy khen',
        report: [
          'Đợt thi đua vượt cả ba chỉ tiêu. Tổ tự quản bảo vệ môi trường khu vực 5 được đánh giá dẫn đầu và đề nghị khen thưởng.',
          'Ủy ban nhân dân phường quyết định duy trì mô hình “nhận chăm sóc một đoạn kênh” thành hoạt động thường xuyên.',
        ],
      },
    ],
    documentKeys: ['luat-thi-dua-khen-thuong-2022', 'nghi-dinh-152-2025-nd-cp'],
  },
  {
    key: 'tram-y-te-xa-vung-vang-tuyen-dau-2025-2028',
    name: 'Thi đua “Trạm y tế xã vững vàng tuyến đầu” giai đoạn 2025–2028 (nội dung mẫu)',
    slogan: 'Gần dân, hiểu dân, chăm sóc sức khỏe từ cơ sở',
    type: 'thematic',
    issuingBody: 'Hội đồng Thi đua – Khen thưởng ngành Y tế (giả định)',
    level: 'ministry',
    objectives: [
      'Nâng cao năng lực khám, chữa bệnh ban đầu và y tế dự phòng tại trạm y tế xã, phường, đặc khu.',
      'Thu hút và giữ chân nhân lực y tế ở vùng sâu, vùng xa, biên giới, hải đảo.',
      'Hoàn thiện hồ sơ sức khỏe điện tử cho người dân.',
    ],
    targets: [
      { indicator: 'Tỷ lệ trạm y tế có bác sĩ làm việc thường xuyên', target: 95, unit: '%', achieved: 89 },
      { indicator: 'Tỷ lệ người dân có hồ sơ sức khỏe điện tử được cập nhật', target: 90, unit: '%', achieved: 74 },
      { indicator: 'Số trạm y tế vùng khó khăn được biểu dương điển hình', target: 200, unit: 'trạm', achieved: 86 },
    ],
    content: [
      'Thi đua đổi mới phong cách, thái độ phục vụ tại trạm y tế.',
      'Thi đua quản lý bệnh không lây nhiễm và chăm sóc người cao tuổi tại cộng đồng.',
      'Thi đua ứng dụng khám, chữa bệnh từ xa kết nối với bệnh viện tuyến trên.',
    ],
    measures: [
      'Đặt hàng các bệnh viện tuyến tỉnh hỗ trợ chuyên môn định kỳ cho trạm y tế.',
      'Ưu tiên khen thưởng nhân viên y tế trực tiếp phục vụ ở vùng khó khăn.',
    ],
    participants: 'Trạm y tế xã, phường, đặc khu; nhân viên y tế thôn, bản; bệnh viện tuyến tỉnh đỡ đầu.',
    criteria: [
      'Kết quả thực hiện bộ tiêu chí trạm y tế theo quy định.',
      'Mức độ hài lòng của người bệnh.',
      'Số ca được quản lý, theo dõi tại cộng đồng.',
    ],
    start: '2025-10-15',
    end: '2028-12-31',
    milestones: [
      {
        kind: 'launch',
        date: '2025-10-15',
        title: 'Phát động thi đua toàn ngành',
        report: [
          'Phong trào giả định được phát động để minh họa một phong trào cấp bộ, ngành. Các sở y tế đăng ký danh sách trạm y tế tham gia thi đua và bệnh viện tuyến tỉnh đỡ đầu.',
        ],
      },
      {
        kind: 'preliminaryReview',
        date: '2026-10-20',
        title: 'Sơ kết năm thứ nhất',
        report: [
          'Năm đầu, số trạm y tế có bác sĩ thường xuyên tăng đáng kể nhờ cơ chế luân phiên từ tuyến tỉnh. Nhiều trạm ở biên giới, hải đảo được biểu dương vì duy trì trực 24/24 giờ.',
          'Hồ sơ sức khỏe điện tử còn chậm ở những nơi thiếu kết nối mạng; năm tới ưu tiên thiết bị và tập huấn.',
        ],
      },
    ],
    documentKeys: ['luat-thi-dua-khen-thuong-2022', 'nghi-dinh-152-2025-nd-cp'],
  },
  {
    key: 'thi-dua-hoan-thanh-nhiem-vu-nam-2026-cao-bang',
    name: 'Thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế – xã hội năm 2026 (tỉnh Cao Bằng, nội dung mẫu)',
    slogan: 'Đoàn kết, kỷ cương, tăng tốc, về đích',
    type: 'annual',
    issuingBody: 'Ủy ban nhân dân tỉnh Cao Bằng (giả định)',
    level: 'provincial',
    objectives: [
      'Hoàn thành và vượt các chỉ tiêu kinh tế – xã hội năm 2026 của tỉnh.',
      'Giữ vững quốc phòng, an ninh khu vực biên giới; tăng cường đoàn kết các dân tộc.',
    ],
    targets: [
      { indicator: 'Tốc độ tăng trưởng kinh tế của tỉnh (ước sáu tháng)', target: 8, unit: '%', achieved: 7.4 },
      { indicator: 'Mức giảm tỷ lệ hộ nghèo (ước sáu tháng)', target: 3, unit: 'điểm %', achieved: 1.6 },
      { indicator: 'Số xã biên giới có mô hình tự quản đường biên, cột mốc', target: 30, unit: 'xã', achieved: 24 },
    ],
    content: [
      'Thi đua trong các Cụm, Khối thi đua của tỉnh theo giao ước đầu năm.',
      'Thi đua phát triển kinh tế cửa khẩu, du lịch cộng đồng và nông nghiệp đặc sản.',
      'Thi đua bảo vệ chủ quyền lãnh thổ, an ninh biên giới.',
    ],
    measures: [
      'Ký giao ước thi đua ngay từ đầu năm; chấm điểm và công bố theo quý.',
      'Phát hiện, bồi dưỡng điển hình ở thôn, bản biên giới.',
    ],
    participants: 'Các sở, ngành, xã, phường, doanh nghiệp và Nhân dân các dân tộc trong tỉnh.',
    criteria: [
      'Mức độ hoàn thành chỉ tiêu được giao.',
      'Số mô hình mới, cách làm hay được nhân rộng.',
    ],
    start: '2026-01-08',
    end: '2026-12-31',
    milestones: [
      {
        kind: 'launch',
        date: '2026-01-08',
        title: 'Hội nghị triển khai nhiệm vụ và phát động thi đua năm 2026',
        report: [
          'Các Cụm, Khối thi đua ký giao ước năm 2026. Lần đầu tiên các xã biên giới sau sắp xếp ký giao ước chung về tự quản đường biên, cột mốc.',
        ],
      },
      {
        kind: 'preliminaryReview',
        date: '2026-07-10',
        title: 'Sơ kết sáu tháng đầu năm',
        report: [
          'Sáu tháng đầu năm, phần lớn chỉ tiêu đạt trên 50% kế hoạch năm. Mô hình “Tổ tự quản đường biên, cột mốc” được nhân rộng thêm ở nhiều xã.',
          'Hội nghị đề nghị khen thưởng đột xuất Công an xã Nà Pò (giả định) vì thành tích giữ gìn an ninh trật tự khu vực biên giới.',
        ],
      },
    ],
    documentKeys: ['luat-thi-dua-khen-thuong-2022', 'chi-thi-41-ct-tw-2024'],
  },
  {
    key: 'vi-bien-dao-que-huong-khanh-hoa-2027-2030',
    name: 'Thi đua “Vì biển, đảo quê hương” giai đoạn 2027–2030 (tỉnh Khánh Hòa, nội dung mẫu)',
    slogan: 'Vững vàng bám biển, giữ gìn biển đảo',
    type: 'thematic',
    issuingBody: 'Hội đồng Thi đua – Khen thưởng tỉnh Khánh Hòa (giả định)',
    level: 'provincial',
    objectives: [
      'Động viên ngư dân vươn khơi bám biển, khai thác thủy sản có trách nhiệm, chống khai thác bất hợp pháp.',
      'Nâng cao đời sống quân và dân trên các đảo, đặc khu.',
      'Tuyên truyền sâu rộng về chủ quyền biển, đảo.',
    ],
    targets: [
      { indicator: 'Tỷ lệ tàu cá lắp đặt và duy trì thiết bị giám sát hành trình', target: 100, unit: '%' },
      { indicator: 'Số tổ đoàn kết trên biển được củng cố', target: 400, unit: 'tổ' },
    ],
    content: [
      'Thi đua xây dựng tổ đoàn kết, nghiệp đoàn nghề cá vững mạnh.',
      'Thi đua chăm lo y tế, giáo dục cho cư dân đặc khu Trường Sa.',
    ],
    measures: [
      'Phối hợp với lực lượng Hải quân, Cảnh sát biển và Bộ đội Biên phòng.',
      'Sơ kết hằng năm vào dịp Ngày truyền thống thi đua yêu nước 11/6.',
    ],
    participants: 'Ngư dân, tổ đoàn kết trên biển, các cơ quan, đơn vị và cư dân trên các đảo thuộc tỉnh.',
    criteria: [
      'Số vụ vi phạm khai thác bất hợp pháp (phấn đấu không để xảy ra).',
      'Số mô hình sinh kế biển bền vững được nhân rộng.',
    ],
    start: '2027-01-15',
    end: '2030-12-31',
    milestones: [
      {
        kind: 'launch',
        date: '2027-01-15',
        title: 'Dự kiến lễ phát động phong trào',
        report: [
          'Theo dự thảo kế hoạch, lễ phát động sẽ được tổ chức tại cảng cá trung tâm của tỉnh, kết nối trực tuyến với đặc khu Trường Sa. Trong thời gian chuẩn bị, các xã ven biển lấy ý kiến ngư dân về bộ tiêu chí thi đua.',
        ],
      },
    ],
    documentKeys: ['luat-thi-dua-khen-thuong-2022', 'chi-thi-41-ct-tw-2024'],
  },
  {
    key: 'phuong-van-minh-do-thi-xanh-da-nang-2026-2028',
    name: 'Thi đua “Phường văn minh, đô thị xanh” giai đoạn 2026–2028 (Đà Nẵng, nội dung mẫu)',
    slogan: 'Sống xanh, ứng xử đẹp',
    type: 'thematic',
    issuingBody: 'Ủy ban nhân dân phường Liên Chiểu (giả định)',
    level: 'grassroots',
    objectives: [
      'Xây dựng nếp sống văn minh đô thị, ứng xử thân thiện với du khách.',
      'Tăng diện tích cây xanh và giảm rác thải nhựa trong khu dân cư.',
    ],
    targets: [
      { indicator: 'Tỷ lệ tổ dân phố đạt chuẩn văn minh đô thị', target: 90, unit: '%', achieved: 62 },
      { indicator: 'Lượng túi ni lông giảm tại các chợ', target: 50, unit: '%', achieved: 28 },
    ],
    content: [
      'Thi đua xây dựng tuyến phố văn minh, không rác, không lấn chiếm vỉa hè.',
      'Thi đua “Chợ xanh không túi ni lông”.',
    ],
    measures: ['Chấm điểm hằng quý; công khai kết quả tại nhà văn hóa tổ dân phố.'],
    participants: 'Các tổ dân phố, hộ kinh doanh, trường học trên địa bàn phường.',
    criteria: ['Kết quả chấm điểm tiêu chí văn minh đô thị.', 'Ý kiến đánh giá của người dân.'],
    start: '2026-03-01',
    end: '2028-12-31',
    milestones: [
      {
        kind: 'launch',
        date: '2026-03-01',
        title: 'Phát động thi đua (bản nháp)',
        report: ['Bản nháp đang chờ phê duyệt kế hoạch chính thức.'],
      },
      {
        kind: 'preliminaryReview',
        date: '2026-09-30',
        title: 'Sơ kết quý III/2026 (bản nháp)',
        report: ['Bản nháp: số liệu chấm điểm các tổ dân phố đang được tổng hợp.'],
      },
    ],
    documentKeys: ['luat-thi-dua-khen-thuong-2022'],
    draft: true,
  },
]
