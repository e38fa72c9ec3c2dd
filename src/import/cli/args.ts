import { parseYear } from '@/clusters/years'
import { type ImportKind, isImportKind } from '@/collections/Imports/options'

export type CliArgs =
  | { mode: 'file'; kind: ImportKind; file: string; dryRun: boolean; publish: boolean; skipInvalid: boolean }
  | { mode: 'template'; kind: ImportKind; out: string; cluster?: string; year?: number }
  | { mode: 'job'; importId: string }

export const USAGE = [
  'Cách dùng:',
  '  npm run import -- <awards|exemplars|documents|clusterScores> <tệp.xlsx|tệp.csv> [--dry-run] [--publish] [--skip-invalid]',
  '  npm run import -- template <awards|exemplars|documents|clusterScores> [tệp-mẫu.xlsx]',
  '  npm run import -- template clusterScores [tệp-mẫu.xlsx] --cluster=<đường dẫn cụm, khối> --year=<năm>',
  '    (mẫu điểm của một cụm, khối: đủ đơn vị thành viên và các cột mã tiêu chí của năm đó)',
  '    --dry-run       chỉ kiểm tra, không ghi gì',
  '    --publish       xuất bản ngay (mặc định: lưu bản nháp)',
  '    --skip-invalid  ghi các bản ghi hợp lệ, bỏ qua bản ghi có dòng lỗi (mặc định: có dòng lỗi thì không ghi gì)',
].join('\n')

/** Parses argv; a string is the message to print (with the usage) when the arguments make no sense. */
export const parseArgs = (argv: string[]): CliArgs | string => {
  const valued = new Map(argv.filter((a) => /^--(cluster|year)=/.test(a)).map((a) => [a.slice(2, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]))
  const flags = new Set(argv.filter((a) => a.startsWith('--') && !/^--(cluster|year)=/.test(a)))
  const words = argv.filter((a) => !a.startsWith('--'))
  const jobAt = argv.indexOf('--import-id')
  if (jobAt >= 0) return argv[jobAt + 1] ? { importId: argv[jobAt + 1], mode: 'job' } : 'Thiếu mã lần nhập sau --import-id.'
  const known = new Set(['--dry-run', '--publish', '--skip-invalid'])
  const unknown = [...flags].find((f) => !known.has(f))
  if (unknown) return `Không hiểu tuỳ chọn ${unknown}.`
  if (words[0] === 'template') {
    if (!isImportKind(words[1])) return 'Ghi loại dữ liệu của tệp mẫu: awards, exemplars, documents hoặc clusterScores.'
    const cluster = valued.get('cluster')
    const year = valued.get('year')
    if ((cluster || year) && words[1] !== 'clusterScores') return 'Tuỳ chọn --cluster và --year chỉ dùng với tệp mẫu clusterScores.'
    if (Boolean(cluster) !== Boolean(year)) return 'Mẫu điểm của một cụm, khối cần cả --cluster=<đường dẫn> và --year=<năm>.'
    if (year && parseYear(year) === null) return `Năm "${year}" không hợp lệ; ghi 4 chữ số, ví dụ --year=2025.`
    const out = words[2] ?? (cluster ? `mau-diem-${cluster}-${year}.xlsx` : `mau-nhap-${words[1]}.xlsx`)
    return cluster && year ? { cluster, kind: words[1], mode: 'template', out, year: Number(year) } : { kind: words[1], mode: 'template', out }
  }
  if (valued.size > 0) return 'Tuỳ chọn --cluster và --year chỉ dùng khi tải tệp mẫu (template clusterScores).'
  if (!isImportKind(words[0])) return `Loại dữ liệu "${words[0] ?? ''}" không có; chọn awards, exemplars, documents hoặc clusterScores.`
  if (!words[1]) return 'Thiếu đường dẫn tệp cần nhập (.xlsx hoặc .csv).'
  return { dryRun: flags.has('--dry-run'), file: words[1], kind: words[0], mode: 'file', publish: flags.has('--publish'), skipInvalid: flags.has('--skip-invalid') }
}
