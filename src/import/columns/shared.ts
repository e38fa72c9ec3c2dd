import type { ColumnSpec } from '@/import/types'

/** Columns awards and exemplars both have, with the same header and matching; only the key may differ. */

export const provinceColumn: ColumnSpec = {
  aliases: ['Tỉnh/TP', 'Tỉnh, TP', 'Tỉnh/thành phố', 'Tỉnh thành', 'Tỉnh', 'Thành phố', 'Mã tỉnh', 'Tỉnh, thành phố trực thuộc Trung ương'],
  example: 'Lâm Đồng',
  header: 'Tỉnh, thành phố',
  key: 'province',
  note: 'Tên hoặc mã tỉnh, thành phố: 34 đơn vị hiện nay hoặc 63 tỉnh cũ (trước 01/07/2025, được quy về đơn vị mới, giữ tên như đã ghi).',
  required: false,
  type: 'text',
}

export const sectorColumn: ColumnSpec = {
  aliases: ['Ngành', 'Lĩnh vực', 'Ngành/lĩnh vực', 'Ngành, lĩnh vực công tác'],
  example: 'Giáo dục và đào tạo',
  header: 'Ngành, lĩnh vực',
  key: 'sector',
  note: 'Tên ngành, lĩnh vực như danh mục trên cổng (ví dụ: Y tế; Giáo dục và đào tạo).',
  required: false,
  type: 'text',
}

/** "Cá nhân" or "Tập thể": the award's recipient kind, the exemplar's kind. */
export const individualOrCollectiveColumn = (key: string): ColumnSpec => ({
  aliases: ['Tập thể/Cá nhân', 'Cá nhân hay tập thể', 'Loại đối tượng', 'Đối tượng', 'Cá nhân, tập thể'],
  example: 'Cá nhân',
  header: 'Cá nhân/Tập thể',
  key,
  note: 'Ghi “Cá nhân” hoặc “Tập thể”.',
  required: true,
  type: 'text',
})
