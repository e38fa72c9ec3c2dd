import { dictionary, type Locale } from '@/i18n'

const KIND: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PPTX',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/zip': 'ZIP',
  'audio/mpeg': 'MP3',
  'video/mp4': 'MP4',
}

/** "12 KB" or "12,4 MB" (decimal comma in Vietnamese). */
export const formatSize = (bytes: number | null | undefined, locale: Locale): string => {
  if (!bytes) return ''
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`
  const megabytes = (bytes / 1024 / 1024).toFixed(1)
  return `${locale === 'vi' ? megabytes.replace('.', ',') : megabytes} MB`
}

/** What a reader is about to download, before the click: "PDF, 12 KB". */
export const fileSummary = ({ bytes, locale, mimeType }: { bytes: number | null | undefined; locale: Locale; mimeType: string | null | undefined }): string =>
  [KIND[mimeType ?? ''] ?? dictionary(locale).common.fileFallback, formatSize(bytes, locale)].filter(Boolean).join(', ')
