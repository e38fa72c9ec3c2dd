import iconv from 'iconv-lite'

import { ImportFileError } from '@/import/types'

import { guessLegacyEncoding } from './legacy-encoding'

/**
 * Text of a CSV file. Excel writes "CSV UTF-8" with a BOM, "Unicode text" as
 * UTF-16 with a BOM, and plain "CSV" in the Windows code page: 1258 on a
 * Vietnamese Windows (tones as combining marks, hence NFC), 1252 elsewhere.
 */
const SAVE_AS_UTF8 = 'Hãy mở tệp bằng Excel, chọn Lưu thành → “CSV UTF-8 (phân cách bằng dấu phẩy)” (hoặc lưu .xlsx) rồi tải lại.'

const hasPrefix = (bytes: Uint8Array, prefix: number[]): boolean => prefix.every((b, i) => bytes[i] === b)

const decodeUnicode = (bytes: Uint8Array): string | null => {
  if (hasPrefix(bytes, [0xef, 0xbb, 0xbf])) return new TextDecoder('utf-8').decode(bytes.subarray(3))
  if (hasPrefix(bytes, [0xff, 0xfe])) return iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le')
  if (hasPrefix(bytes, [0xfe, 0xff])) return iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be')
  return null
}

const isControl = (b: number): boolean => (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f

/** NUL bytes, or many control bytes, mean a binary file rather than text in some unknown encoding. */
const looksBinary = (bytes: Uint8Array): boolean => {
  let controls = 0
  const sample = bytes.subarray(0, 64 * 1024)
  for (const b of sample) {
    if (b === 0) return true
    if (isControl(b)) controls++
  }
  return controls > sample.length / 100
}

export const decodeCsv = (bytes: Uint8Array): string => {
  const unicode = decodeUnicode(bytes)
  if (unicode !== null) return unicode.normalize('NFC')
  if (looksBinary(bytes)) {
    throw new ImportFileError('notSpreadsheet', 'Tệp tải lên không phải bảng tính (dữ liệu nhị phân không rõ loại). Hãy tải lên tệp Excel (.xlsx) hoặc CSV theo mẫu tải về từ trang nhập dữ liệu.')
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).normalize('NFC')
  } catch {
    // Not UTF-8: one of the Windows code pages, or an old Vietnamese font encoding.
  }
  if (bytes.some(isControl)) throw new ImportFileError('encoding', `Tệp CSV chứa ký tự điều khiển lạ, không rõ bảng mã. ${SAVE_AS_UTF8}`)
  const guess = guessLegacyEncoding(bytes)
  if (guess === 'tcvn3' || guess === 'vni') {
    const font = guess === 'tcvn3' ? 'TCVN3 (ABC, phông .Vn…)' : 'VNI (phông VNI-…)'
    throw new ImportFileError('encoding', `Tệp CSV có vẻ gõ bằng bảng mã ${font}, không đọc được đúng dấu tiếng Việt. Hãy chuyển văn bản sang Unicode (ví dụ bằng công cụ chuyển mã của Unikey), rồi ${SAVE_AS_UTF8.charAt(0).toLowerCase()}${SAVE_AS_UTF8.slice(1)}`)
  }
  const text = iconv.decode(Buffer.from(bytes), guess).normalize('NFC')
  if (text.includes('\uFFFD')) throw new ImportFileError('encoding', `Tệp CSV có byte không thuộc bảng mã nào đã biết. ${SAVE_AS_UTF8}`)
  return text
}
