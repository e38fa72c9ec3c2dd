import { dictionary, type Locale } from '../../i18n'
import type { File } from '../../payload-types'

const isFile = (value: unknown): value is File => typeof value === 'object' && value !== null && 'filename' in value

const KIND: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PPTX',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'audio/mpeg': 'MP3',
  'video/mp4': 'MP4',
}

export const formatSize = (bytes: number | null | undefined, locale: Locale): string => {
  if (!bytes) return ''
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`
  const megabytes = (bytes / 1024 / 1024).toFixed(1)
  return `${locale === 'vi' ? megabytes.replace('.', ',') : megabytes} MB`
}

/** A download link that says what the file is and how big, before the click. */
export const FileLink = ({ file, locale }: { file: unknown; locale: Locale }) =>
  isFile(file) && file.url ? (
    <a className="file-link" download href={file.url}>
      {file.title} <span className="meta">({[KIND[file.mimeType ?? ''] ?? dictionary(locale).common.fileFallback, formatSize(file.filesize, locale)].filter(Boolean).join(', ')})</span>
    </a>
  ) : null
