import type { Locale } from '@/i18n'
import { fileSummary } from '@/lib/media/fileInfo'
import type { File } from '@/payload-types'

export { formatSize } from '@/lib/media/fileInfo'

const isFile = (value: unknown): value is File => typeof value === 'object' && value !== null && 'filename' in value

/**
 * A download link that says what the file is and how big, before the click.
 * `href` replaces the stored file's URL (lesson attachments go through a counting redirect).
 */
export const FileLink = ({ file, href, locale }: { file: unknown; href?: (file: File) => string; locale: Locale }) =>
  isFile(file) && file.url ? (
    <a className="file-link" download href={href ? href(file) : file.url}>
      {file.title} <span className="meta">({fileSummary({ bytes: file.filesize, locale, mimeType: file.mimeType })})</span>
    </a>
  ) : null
