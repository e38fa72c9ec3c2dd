import { formatDate } from '@/lib/dates/format'
import { toCsv } from '@/lib/spreadsheets/csv'
import type { RegisterRow } from './rows'

const HEADER = ['Số quyết định', 'Ngày', 'Cấp quyết định', 'Hình thức', 'Danh hiệu', 'Người/tập thể được khen', 'Đơn vị', 'Tỉnh', 'Ngành', 'Phong trào', 'Đường dẫn']

export const registerCsv = (rows: RegisterRow[]): string =>
  toCsv([HEADER, ...rows.map((r) => [r.decisionNumber, formatDate(r.decisionDate), r.issuer, r.form, r.awardTitle, r.recipients.join('; '), r.units.join('; '), r.province, r.sector, r.movement, r.url])])
