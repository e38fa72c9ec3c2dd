import type { SeedDocument } from './types'

/**
 * Văn bản thật, ghi đúng số, ngày và cơ quan ban hành; phần tóm tắt do
 * ban biên tập tự viết, không trích nguyên văn.
 */
export const documents: SeedDocument[] = [
  {
    key: 'loi-keu-goi-thi-dua-ai-quoc-1948',
    number: 'Không số',
    title: 'Lời kêu gọi thi đua ái quốc',
    type: 'other',
    issuer: 'Chủ tịch Hồ Chí Minh',
    issuedDate: '1948-06-11',
    summary:
      'Lời kêu gọi của Chủ tịch Hồ Chí Minh phát động phong trào thi đua ái quốc trong toàn dân, trong bối cảnh cuộc kháng chiến chống thực dân Pháp. Văn kiện nêu rõ mục đích, đối tượng và cách làm của thi đua, coi thi đua là con đường để kháng chiến thắng lợi và kiến quốc thành công. Ngày 11 tháng 6 hằng năm được lấy làm Ngày truyền thống thi đua yêu nước.',
    status: 'inForce',
  },
  {
    key: 'luat-thi-dua-khen-thuong-2003',
    number: '15/2003/QH11',
    title: 'Luật Thi đua, khen thưởng',
    type: 'law',
    issuer: 'Quốc hội',
    issuedDate: '2003-11-26',
    effectiveDate: '2004-07-01',
    summary:
      'Đạo luật đầu tiên quy định toàn diện về thi đua, khen thưởng, thống nhất các danh hiệu thi đua và hình thức khen thưởng của Nhà nước. Luật đã được sửa đổi, bổ sung nhiều lần và hết hiệu lực từ ngày 01/01/2024, khi Luật Thi đua, khen thưởng năm 2022 có hiệu lực thi hành.',
    status: 'expired',
    replacedByKey: 'luat-thi-dua-khen-thuong-2022',
  },
  {
    key: 'luat-sua-doi-thi-dua-khen-thuong-2013',
    number: '39/2013/QH13',
    title: 'Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng',
    type: 'law',
    issuer: 'Quốc hội',
    issuedDate: '2013-11-16',
    effectiveDate: '2014-06-01',
    summary:
      'Luật sửa đổi, bổ sung lần thứ ba đối với Luật Thi đua, khen thưởng năm 2003, hoàn thiện một số tiêu chuẩn và thẩm quyền khen thưởng. Đây là căn cứ pháp lý mà Kế hoạch thực hiện Chỉ thị 34-CT/TW năm 2014 dựa vào để kiện toàn Hội đồng Thi đua – Khen thưởng các cấp. Văn bản hết hiệu lực cùng với Luật năm 2003 từ ngày 01/01/2024, khi Luật Thi đua, khen thưởng năm 2022 có hiệu lực.',
    status: 'expired',
    replacedByKey: 'luat-thi-dua-khen-thuong-2022',
  },
  {
    key: 'nghi-dinh-56-2013-nd-cp',
    number: '56/2013/NĐ-CP',
    title:
      'Nghị định quy định chi tiết và hướng dẫn thi hành Pháp lệnh quy định danh hiệu vinh dự Nhà nước “Bà mẹ Việt Nam anh hùng”',
    type: 'decree',
    issuer: 'Chính phủ',
    issuedDate: '2013-05-22',
    summary:
      'Nghị định hướng dẫn tiêu chuẩn, hồ sơ, trình tự xét tặng và truy tặng danh hiệu vinh dự Nhà nước “Bà mẹ Việt Nam anh hùng”, cùng chế độ đối với các Mẹ. Kế hoạch thực hiện Chỉ thị 34-CT/TW năm 2014 từng yêu cầu tập trung thực hiện Nghị định này để giải quyết dứt điểm việc khen thưởng thành tích kháng chiến. Một số điều của Nghị định đã được sửa đổi, bổ sung bởi Nghị định 83/2025/NĐ-CP ngày 02/4/2025, trong đó có quy định về đối tượng được xét tặng, truy tặng.',
    status: 'amended',
  },
  {
    key: 'chi-thi-03-ct-tw-2011',
    number: '03-CT/TW',
    title: 'Chỉ thị về tiếp tục đẩy mạnh việc học tập và làm theo tấm gương đạo đức Hồ Chí Minh',
    type: 'directive',
    issuer: 'Bộ Chính trị',
    issuedDate: '2011-05-14',
    summary:
      'Chỉ thị đưa việc học tập và làm theo tấm gương đạo đức Hồ Chí Minh thành nội dung thường xuyên trong sinh hoạt của tổ chức đảng, cơ quan, đơn vị. Trong công tác thi đua, chỉ thị từng là căn cứ để gắn các phong trào thi đua yêu nước với việc nêu gương, biểu dương người tốt, việc tốt. Ngày 15/5/2016, Bộ Chính trị ban hành Chỉ thị 05-CT/TW thay thế chỉ thị này.',
    status: 'expired',
    replacedByKey: 'chi-thi-05-ct-tw-2016',
  },
  {
    key: 'quyet-dinh-1620-qd-ttg-2011',
    number: '1620/QĐ-TTg',
    title:
      'Quyết định ban hành Kế hoạch tổ chức thực hiện Phong trào thi đua “Cả nước chung sức xây dựng nông thôn mới”',
    type: 'decision',
    issuer: 'Thủ tướng Chính phủ',
    issuedDate: '2011-09-20',
    summary:
      'Kế hoạch cụ thể hóa phong trào thi đua do Thủ tướng Chính phủ phát động năm 2011, xác định mục tiêu về tỷ lệ xã đạt chuẩn nông thôn mới theo từng giai đoạn. Văn bản phân công trách nhiệm của các bộ, ngành, địa phương và đặt ra cơ chế sơ kết, tổng kết, khen thưởng trong phong trào giai đoạn 2011–2020.',
    status: 'expired',
  },
  {
    key: 'chi-thi-34-ct-tw-2014',
    number: '34-CT/TW',
    title: 'Chỉ thị về tiếp tục đổi mới công tác thi đua, khen thưởng',
    type: 'directive',
    issuer: 'Bộ Chính trị',
    issuedDate: '2014-04-07',
    summary:
      'Chỉ thị của Bộ Chính trị khóa XI yêu cầu đổi mới nội dung, hình thức các phong trào thi đua, chống bệnh hình thức và nâng cao chất lượng khen thưởng, chú trọng người trực tiếp lao động, sản xuất, chiến đấu. Văn bản là căn cứ của Kế hoạch thực hiện do Hội đồng Thi đua – Khen thưởng Trung ương ban hành năm 2014. Ngày 26/12/2024, Bộ Chính trị ban hành Chỉ thị 41-CT/TW thay thế chỉ thị này, kế thừa và phát triển các định hướng của nó.',
    status: 'expired',
    replacedByKey: 'chi-thi-41-ct-tw-2024',
  },
  {
    key: 'chi-thi-05-ct-tw-2016',
    number: '05-CT/TW',
    title: 'Chỉ thị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
    type: 'directive',
    issuer: 'Bộ Chính trị',
    issuedDate: '2016-05-15',
    summary:
      'Chỉ thị thay thế Chỉ thị 03-CT/TW năm 2011, mở rộng việc học tập và làm theo Bác từ tấm gương đạo đức sang cả tư tưởng và phong cách Hồ Chí Minh, gắn với trách nhiệm nêu gương của người đứng đầu. Nhiều cơ quan thi đua lấy chỉ thị này làm căn cứ để phát hiện, biểu dương các tập thể, cá nhân tiêu biểu.',
    status: 'inForce',
  },
  {
    key: 'nghi-dinh-91-2017-nd-cp',
    number: '91/2017/NĐ-CP',
    title: 'Nghị định quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
    type: 'decree',
    issuer: 'Chính phủ',
    issuedDate: '2017-07-31',
    summary:
      'Nghị định hướng dẫn Luật Thi đua, khen thưởng năm 2003 (đã sửa đổi) về tổ chức phong trào thi đua, tiêu chuẩn danh hiệu, hình thức khen thưởng và thủ tục hồ sơ. Văn bản đã được thay thế bởi Nghị định 98/2023/NĐ-CP khi Luật Thi đua, khen thưởng năm 2022 có hiệu lực.',
    status: 'expired',
    replacedByKey: 'nghi-dinh-98-2023-nd-cp',
  },
  {
    key: 'chi-thi-22-ct-tw-2018',
    number: '22-CT/TW',
    title:
      'Chỉ thị về đẩy mạnh các phong trào thi đua yêu nước hướng tới kỷ niệm 70 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc',
    type: 'directive',
    issuer: 'Ban Bí thư',
    issuedDate: '2018-01-23',
    summary:
      'Chỉ thị yêu cầu các cấp ủy đảng lãnh đạo đẩy mạnh phong trào thi đua yêu nước, tổ chức tốt các hoạt động kỷ niệm 70 năm Lời kêu gọi thi đua ái quốc (11/6/1948 – 11/6/2018). Trọng tâm là tuyên truyền tư tưởng Hồ Chí Minh về thi đua và tôn vinh các điển hình tiên tiến.',
    status: 'inForce',
    draft: true,
  },
  {
    key: 'quyet-dinh-587-qd-ttg-2022',
    number: '587/QĐ-TTg',
    title:
      'Quyết định ban hành Kế hoạch tổ chức thực hiện Phong trào thi đua “Cả nước chung sức xây dựng nông thôn mới” giai đoạn 2021–2025',
    type: 'decision',
    issuer: 'Thủ tướng Chính phủ',
    issuedDate: '2022-05-18',
    summary:
      'Kế hoạch tiếp nối phong trào xây dựng nông thôn mới sau tổng kết giai đoạn 2011–2020, gắn phong trào với Chương trình mục tiêu quốc gia giai đoạn 2021–2025. Văn bản nhấn mạnh vai trò chủ thể của người dân và yêu cầu khen thưởng kịp thời các tập thể, cá nhân tiêu biểu ở cơ sở.',
    status: 'inForce',
  },
  {
    key: 'luat-thi-dua-khen-thuong-2022',
    number: '06/2022/QH15',
    title: 'Luật Thi đua, khen thưởng',
    type: 'law',
    issuer: 'Quốc hội',
    issuedDate: '2022-06-15',
    effectiveDate: '2024-01-01',
    summary:
      'Luật thay thế Luật năm 2003, quy định đối tượng, nguyên tắc, nội dung tổ chức thi đua, các danh hiệu thi đua và hình thức khen thưởng, thẩm quyền, thủ tục và quỹ thi đua, khen thưởng. Luật đề cao khen thưởng người trực tiếp lao động, sản xuất, công tác, chiến đấu và yêu cầu công khai trong xét khen thưởng.',
    status: 'inForce',
  },
  {
    key: 'nghi-dinh-98-2023-nd-cp',
    number: '98/2023/NĐ-CP',
    title: 'Nghị định quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
    type: 'decree',
    issuer: 'Chính phủ',
    issuedDate: '2023-12-31',
    effectiveDate: '2024-01-01',
    summary:
      'Nghị định hướng dẫn Luật Thi đua, khen thưởng năm 2022 về tổ chức phong trào thi đua, tiêu chuẩn các hình thức khen thưởng, thẩm quyền, hồ sơ, thủ tục và việc lấy ý kiến, công khai trước khi trình khen thưởng. Năm 2025, Chính phủ ban hành Nghị định 152/2025/NĐ-CP quy định về phân cấp, phân quyền và hướng dẫn thi hành một số điều của Luật; khi áp dụng, cần đối chiếu tình trạng hiệu lực mới nhất của hai văn bản trên Cơ sở dữ liệu quốc gia về văn bản pháp luật.',
    status: 'inForce',
  },
  {
    key: 'chi-thi-41-ct-tw-2024',
    number: '41-CT/TW',
    title: 'Chỉ thị về tăng cường sự lãnh đạo của Đảng đối với công tác thi đua, khen thưởng trong tình hình mới',
    type: 'directive',
    issuer: 'Bộ Chính trị',
    issuedDate: '2024-12-26',
    summary:
      'Sau mười năm thực hiện Chỉ thị 34-CT/TW, Bộ Chính trị ban hành chỉ thị mới thay thế Chỉ thị 34-CT/TW, nhằm nâng cao chất lượng các phong trào thi đua và công tác khen thưởng trong giai đoạn phát triển mới. Chỉ thị nhấn mạnh thi đua phải thiết thực, hướng về cơ sở, khen thưởng chính xác, kịp thời và tập trung phát hiện, nhân rộng điển hình tiên tiến.',
    status: 'inForce',
  },
  {
    key: 'nghi-dinh-152-2025-nd-cp',
    number: '152/2025/NĐ-CP',
    title:
      'Nghị định quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng',
    type: 'decree',
    issuer: 'Chính phủ',
    issuedDate: '2025-06-14',
    summary:
      'Nghị định xác định rõ những nhiệm vụ, quyền hạn quản lý nhà nước về thi đua, khen thưởng được phân quyền, phân cấp cho Thủ tướng Chính phủ, bộ, ngành và chính quyền địa phương, đồng thời hướng dẫn chi tiết việc thi hành Luật Thi đua, khen thưởng. Văn bản nêu nguyên tắc xét danh hiệu và hình thức khen thưởng: căn cứ điều kiện, tiêu chuẩn và thành tích, không bắt buộc phải có hình thức mức thấp mới được đề nghị mức cao hơn.',
    status: 'inForce',
  },
]
