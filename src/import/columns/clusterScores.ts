import type { ColumnSpec } from '@/import/types'

/**
 * Scores of an emulation cluster or block, one row per member per year. The
 * criteria have no fixed column: each criterion is a column headed by its
 * code (TC1, TC2…), as the year's criteria in the cluster say; those columns
 * are read from the headers the file has (engine/clusterScores).
 */
export const clusterScoreColumns: ColumnSpec[] = [
  {
    aliases: ['Cụm, khối', 'Cụm khối', 'Cụm, khối thi đua', 'Cụm thi đua', 'Khối thi đua', 'Tên cụm, khối', 'Cụm', 'Khối'],
    example: 'Cụm thi đua mẫu',
    header: 'Cụm/khối',
    key: 'cluster',
    note: 'Tên hoặc đường dẫn (slug) của cụm, khối thi đua như trên cổng; cụm, khối phải có sẵn.',
    required: true,
    type: 'text',
  },
  {
    aliases: ['Năm thi đua', 'Năm chấm điểm', 'Năm đánh giá'],
    example: 2025,
    header: 'Năm',
    key: 'year',
    note: 'Năm thi đua bằng 4 chữ số; năm đó phải có sẵn trong cụm, khối cùng bộ tiêu chí chấm điểm.',
    required: true,
    type: 'number',
  },
  {
    aliases: ['Đơn vị thành viên', 'Tên đơn vị', 'Thành viên', 'Đơn vị được chấm điểm'],
    example: 'Đơn vị mẫu',
    header: 'Đơn vị',
    key: 'member',
    note: 'Tên đơn vị thành viên, đúng như danh sách thành viên của cụm, khối (không phân biệt hoa, thường hay dấu).',
    required: true,
    type: 'text',
  },
  {
    aliases: ['Điểm cộng, trừ', 'Điểm cộng trừ', 'Cộng/trừ', 'Cộng, trừ', 'Điểm thưởng/phạt', 'Điểm cộng', 'Điểm trừ'],
    example: 1,
    header: 'Điểm cộng/trừ',
    key: 'adjustment',
    note: 'Điểm cộng (số dương) hoặc điểm trừ (số âm, ví dụ -2); để trống là 0.',
    required: false,
    type: 'number',
  },
]

/** The criterion columns a template without a chosen cluster shows: codes as examples, points as numbers. */
export const EXAMPLE_CRITERIA = [
  { code: 'TC1', example: 18, note: 'Điểm tiêu chí có mã TC1 của năm đó (số không âm, không vượt điểm tối đa của tiêu chí).' },
  { code: 'TC2', example: 27.5, note: 'Mỗi tiêu chí một cột, tên cột là mã tiêu chí (TC1, TC2…); có thể ghi thêm tên sau mã, ví dụ “TC2 - Cải cách hành chính”.' },
]
