import type { ColumnSpec } from '@/import/types'

import { flagColumns } from './flags'
import { individualOrCollectiveColumn, provinceColumn, sectorColumn } from './shared'

/** Exemplar profiles (gương điển hình), one row per exemplar. */
export const exemplarColumns: ColumnSpec[] = [
  {
    aliases: ['Họ và tên', 'Họ tên', 'Tên', 'Tên gương', 'Tên điển hình', 'Tên tập thể/cá nhân', 'Tên cá nhân/tập thể', 'Tên cá nhân, tập thể', 'Tên tập thể, cá nhân'],
    example: 'Trần Văn Mẫu (dữ liệu mẫu)',
    header: 'Tên gương điển hình',
    key: 'name',
    note: 'Họ và tên cá nhân hoặc tên tập thể.',
    required: true,
    type: 'text',
  },
  individualOrCollectiveColumn('kind'),
  {
    aliases: ['Chức danh', 'Chức vụ, chức danh', 'Chức vụ/chức danh', 'Nghề nghiệp'],
    example: 'Tổ trưởng tổ sản xuất',
    header: 'Chức vụ',
    key: 'position',
    note: 'Chức vụ, chức danh hoặc nghề nghiệp (cá nhân).',
    required: false,
    type: 'text',
  },
  {
    aliases: ['Đơn vị', 'Cơ quan, đơn vị', 'Cơ quan công tác', 'Nơi công tác', 'Tổ chức', 'Đơn vị công tác / địa phương'],
    example: 'Hợp tác xã Nông nghiệp Mẫu (đơn vị mẫu)',
    header: 'Đơn vị công tác',
    key: 'organization',
    note: 'Cơ quan, đơn vị, doanh nghiệp nơi cá nhân công tác, hoặc cơ quan cấp trên của tập thể.',
    required: false,
    type: 'text',
  },
  { ...provinceColumn, example: 'Cà Mau' },
  {
    aliases: ['Xã, phường', 'Xã/phường', 'Xã/phường/đặc khu', 'Xã', 'Phường', 'Xã, phường, thị trấn', 'Cấp xã'],
    example: 'Xã Mẫu',
    header: 'Xã, phường, đặc khu',
    key: 'commune',
    note: 'Xã, phường, đặc khu (đơn vị hành chính cấp xã), ghi như đang dùng.',
    required: false,
    type: 'text',
  },
  { ...sectorColumn, example: 'Nông nghiệp và phát triển nông thôn' },
  {
    aliases: ['Giai đoạn điển hình', 'Bước', 'Giai đoạn (phát hiện, bồi dưỡng, tổng kết, nhân rộng)'],
    example: 'Bồi dưỡng',
    header: 'Giai đoạn',
    key: 'stage',
    note: 'Một trong: Phát hiện, Bồi dưỡng, Tổng kết, Nhân rộng.',
    required: false,
    type: 'text',
  },
  {
    aliases: ['Năm', 'Năm phát hiện', 'Năm công nhận', 'Năm được ghi nhận'],
    example: 2024,
    header: 'Năm ghi nhận',
    key: 'yearRecognized',
    note: 'Năm phát hiện hoặc công nhận điển hình, bốn chữ số (ví dụ: 2024).',
    required: false,
    type: 'number',
  },
  {
    aliases: ['Tóm tắt', 'Thành tích', 'Thành tích nổi bật', 'Tóm tắt thành tích nổi bật'],
    example: 'Đưa giống lúa chịu mặn vào sản xuất, giúp 40 hộ thoát nghèo (nội dung mẫu).',
    header: 'Tóm tắt thành tích',
    key: 'summary',
    note: 'Tóm tắt thành tích, tối đa 300 ký tự.',
    required: false,
    type: 'text',
  },
  {
    aliases: ['Phong trào', 'Phong trào thi đua', 'Các phong trào', 'Thuộc phong trào'],
    example: 'Cả nước chung sức xây dựng nông thôn mới',
    header: 'Phong trào',
    key: 'movements',
    note: 'Tên hoặc đường dẫn (slug) các phong trào đã có trên cổng, cách nhau bằng dấu chấm phẩy (;).',
    required: false,
    type: 'text',
  },
  ...flagColumns,
]
