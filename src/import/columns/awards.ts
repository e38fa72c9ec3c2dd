import type { ColumnSpec } from '@/import/types'

import { flagColumns } from './flags'
import { individualOrCollectiveColumn, provinceColumn, sectorColumn } from './shared'

/**
 * Award decisions, one row per recipient: a decision with many recipients
 * spans many rows that repeat (or merge down) the decision's columns.
 */
export const awardColumns: ColumnSpec[] = [
  {
    aliases: ['Số QĐ', 'Số quyết định khen thưởng', 'Số hiệu quyết định', 'Số, ký hiệu quyết định', 'Số ký hiệu QĐ', 'Số, ký hiệu'],
    example: '1234/QĐ-CTN',
    header: 'Số quyết định',
    key: 'decisionNumber',
    note: 'Số, ký hiệu như trên quyết định; các dòng cùng số và cùng ngày thuộc một quyết định.',
    required: true,
    type: 'text',
  },
  {
    aliases: ['Ngày QĐ', 'Ngày ký', 'Ngày ký quyết định', 'Ngày ban hành', 'Ngày ban hành quyết định'],
    example: '15/03/2025',
    header: 'Ngày quyết định',
    key: 'decisionDate',
    note: 'Ngày ký quyết định, dạng dd/mm/yyyy (hoặc ô ngày của Excel).',
    required: true,
    type: 'date',
  },
  {
    aliases: ['Cơ quan quyết định', 'Cấp quyết định', 'Cấp khen', 'Cấp khen thưởng', 'Cơ quan ban hành', 'Thẩm quyền quyết định'],
    example: 'Chủ tịch nước',
    header: 'Cấp/cơ quan quyết định',
    key: 'issuer',
    note: 'Người hoặc cơ quan có thẩm quyền quyết định (ví dụ: Thủ tướng Chính phủ; Chủ tịch UBND tỉnh Lâm Đồng).',
    required: true,
    type: 'text',
  },
  {
    aliases: ['Hình thức', 'Hình thức khen', 'Loại khen thưởng', 'Hình thức khen thưởng, danh hiệu thi đua'],
    example: 'Huân chương Lao động',
    header: 'Hình thức khen thưởng',
    key: 'form',
    note: 'Tên hình thức theo Luật Thi đua, khen thưởng 2022 (ví dụ: Bằng khen của Thủ tướng Chính phủ); so khớp không phân biệt hoa thường, dấu.',
    required: true,
    type: 'text',
  },
  {
    aliases: ['Danh hiệu', 'Hạng', 'Danh hiệu/hạng', 'Hạng huân chương'],
    example: 'Hạng Ba',
    header: 'Danh hiệu, hạng',
    key: 'title',
    note: 'Hạng của huân chương, huy chương hoặc tên danh hiệu, nếu có.',
    required: false,
    type: 'text',
  },
  {
    aliases: ['Họ và tên', 'Họ tên', 'Tên tập thể/cá nhân', 'Tên cá nhân/tập thể', 'Tên tập thể, cá nhân', 'Tên cá nhân, tập thể', 'Người được khen', 'Đối tượng được khen', 'Tên đơn vị, cá nhân'],
    example: 'Nguyễn Thị Mẫu (dữ liệu mẫu)',
    header: 'Tên cá nhân, tập thể được khen',
    key: 'recipientName',
    note: 'Họ và tên cá nhân hoặc tên tập thể, mỗi người (tập thể) một dòng.',
    required: true,
    type: 'text',
  },
  individualOrCollectiveColumn('recipientKind'),
  {
    aliases: ['Đơn vị', 'Đơn vị công tác', 'Chức vụ, đơn vị công tác', 'Nơi công tác', 'Cơ quan, đơn vị', 'Đơn vị/địa phương'],
    example: 'Trường Tiểu học Mẫu (đơn vị mẫu)',
    header: 'Đơn vị công tác / địa phương',
    key: 'unit',
    note: 'Nơi công tác của cá nhân, hoặc cơ quan cấp trên, địa phương của tập thể.',
    required: false,
    type: 'text',
  },
  provinceColumn,
  sectorColumn,
  {
    aliases: ['Phong trào', 'Tên phong trào', 'Thuộc phong trào'],
    example: 'Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời giai đoạn 2023–2030',
    header: 'Phong trào thi đua',
    key: 'movement',
    note: 'Tên hoặc đường dẫn (slug) của phong trào đã có trên cổng, nếu khen thưởng gắn với phong trào.',
    required: false,
    type: 'text',
  },
  {
    aliases: ['Lý do', 'Thành tích', 'Nội dung thành tích', 'Thành tích khen thưởng', 'Lý do, thành tích'],
    example: 'Đã có thành tích xuất sắc trong công tác giảng dạy giai đoạn 2020–2024 (nội dung mẫu).',
    header: 'Lý do khen thưởng',
    key: 'reason',
    note: 'Lý do, thành tích như ghi trong quyết định.',
    required: false,
    type: 'text',
  },
  ...flagColumns,
]
