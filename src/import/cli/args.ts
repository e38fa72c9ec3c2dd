import { type ImportKind, isImportKind } from '@/collections/Imports/options'

export type CliArgs =
  | { mode: 'file'; kind: ImportKind; file: string; dryRun: boolean; publish: boolean; skipInvalid: boolean }
  | { mode: 'template'; kind: ImportKind; out: string }
  | { mode: 'job'; importId: string }

export const USAGE = [
  'Cách dùng:',
  '  npm run import -- <awards|exemplars|documents> <tệp.xlsx|tệp.csv> [--dry-run] [--publish] [--skip-invalid]',
  '  npm run import -- template <awards|exemplars|documents> [tệp-mẫu.xlsx]',
  '    --dry-run       chỉ kiểm tra, không ghi gì',
  '    --publish       xuất bản ngay (mặc định: lưu bản nháp)',
  '    --skip-invalid  ghi các bản ghi hợp lệ, bỏ qua bản ghi có dòng lỗi (mặc định: có dòng lỗi thì không ghi gì)',
].join('\n')

/** Parses argv; a string is the message to print (with the usage) when the arguments make no sense. */
export const parseArgs = (argv: string[]): CliArgs | string => {
  const flags = new Set(argv.filter((a) => a.startsWith('--')))
  const words = argv.filter((a) => !a.startsWith('--'))
  const jobAt = argv.indexOf('--import-id')
  if (jobAt >= 0) return argv[jobAt + 1] ? { importId: argv[jobAt + 1], mode: 'job' } : 'Thiếu mã lần nhập sau --import-id.'
  const known = new Set(['--dry-run', '--publish', '--skip-invalid'])
  const unknown = [...flags].find((f) => !known.has(f))
  if (unknown) return `Không hiểu tuỳ chọn ${unknown}.`
  if (words[0] === 'template') {
    if (!isImportKind(words[1])) return 'Ghi loại dữ liệu của tệp mẫu: awards, exemplars hoặc documents.'
    return { kind: words[1], mode: 'template', out: words[2] ?? `mau-nhap-${words[1]}.xlsx` }
  }
  if (!isImportKind(words[0])) return `Loại dữ liệu "${words[0] ?? ''}" không có; chọn awards, exemplars hoặc documents.`
  if (!words[1]) return 'Thiếu đường dẫn tệp cần nhập (.xlsx hoặc .csv).'
  return { dryRun: flags.has('--dry-run'), file: words[1], kind: words[0], mode: 'file', publish: flags.has('--publish'), skipInvalid: flags.has('--skip-invalid') }
}
