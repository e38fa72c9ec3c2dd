import type { CellObject } from 'write-excel-file/node'

import { columnsFor, templateSheetName } from '@/import/columns'
import type { ColumnSpec, ImportKind } from '@/import/types'
import { genericClusterScoresTemplate } from './clusterScores'
import { bold, templateWorkbook, text } from './workbook'

/**
 * The downloadable .xlsx template for one kind: a data sheet with the
 * headers and one example row, and a "Hướng dẫn" sheet explaining each
 * column. Read back through `readSpreadsheet`, it gives the example row and
 * nothing else, so what the template says is what the importer accepts.
 */
const DATE_FORMAT = 'dd/mm/yyyy'

const MIN_WIDTH = 12
const MAX_WIDTH = 45

/** Examples are written as the importer documents them: "15/03/2025" → a real date cell shown the same way. */
export const exampleDate = (example: string): Date => {
  const [day, month, year] = example.split('/').map(Number)
  return new Date(Date.UTC(year, month - 1, day))
}

const exampleCell = (column: ColumnSpec): CellObject | null => {
  const { example, type } = column
  if (example === '') return null
  if (type === 'date' && typeof example === 'string') return { format: DATE_FORMAT, type: Date, value: exampleDate(example) }
  if (typeof example === 'number') return { type: Number, value: example }
  if (typeof example === 'boolean') return { type: Boolean, value: example }
  return text(example)
}

const widthOf = (column: ColumnSpec): number => Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, column.header.length + 2, String(column.example).length * 0.6))

/** What every kind's notes say, then what only some kinds need. */
const generalNotes = (kind: ImportKind): string[] => [
  `Điền dữ liệu vào trang “${templateSheetName(kind)}”, bắt đầu từ dòng 2; dòng ví dụ là dữ liệu mẫu, hãy xóa trước khi nhập.`,
  ...(kind === 'awards'
    ? ['Mỗi dòng là một cá nhân hoặc tập thể được khen; một quyết định khen nhiều người thì lặp lại số, ngày và cấp quyết định ở mỗi dòng (hoặc gộp ô theo chiều dọc).']
    : []),
  'Ngày ghi dạng dd/mm/yyyy (ví dụ 15/03/2025) hoặc dùng ô kiểu ngày của Excel.',
  ...(kind === 'documents' ? [] : ['Tỉnh, thành phố: ghi tên hoặc mã của 34 đơn vị hiện nay, hoặc tên 63 tỉnh cũ (trước 01/07/2025); tên cũ được quy về đơn vị mới và giữ nguyên như đã ghi.']),
  'Tên cột không phân biệt chữ hoa, chữ thường hay có dấu; cột khác (ví dụ STT, Ghi chú) được bỏ qua và nêu trong báo cáo kiểm tra.',
  'Có thể để một, hai dòng tên bảng phía trên dòng tên cột.',
  'Tệp tối đa 50 MB; dữ liệu nhiều hơn thì chia thành nhiều tệp.',
  'Lưu dạng Excel (.xlsx), hoặc CSV với lựa chọn “CSV UTF-8 (phân cách bằng dấu phẩy)”; không đặt mật khẩu cho tệp.',
]

export const buildTemplate = async (kind: ImportKind): Promise<Buffer> => {
  // Its criterion columns are the cluster's own codes (./clusterScores).
  if (kind === 'clusterScores') return genericClusterScoresTemplate()
  const columns = columnsFor(kind)
  return templateWorkbook({ columns, data: [columns.map((c) => bold(c.header)), columns.map(exampleCell)], general: generalNotes(kind), kind, widths: columns.map(widthOf) })
}
