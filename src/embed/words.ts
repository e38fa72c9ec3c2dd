import type { Locale } from '@/i18n/locales'

/**
 * Words only embeds use. Kept beside them rather than in the site's
 * dictionaries: embeds render outside the site's layout and need few words.
 */
const vi = {
  badRequest: 'Tham số nhúng không hợp lệ',
  empty: 'Chuyên mục chưa có bài viết.',
  notFound: 'Nội dung này không tồn tại hoặc chưa được công bố.',
  readMore: 'Đọc tiếp trên Thi đua',
  source: 'Nguồn:',
  unavailable: 'Tạm thời không tải được nội dung. Vui lòng thử lại sau.',
  untranslated: 'Bản tiếng Việt.',
  viewOnSite: 'Xem trên Thi đua',
}

const en: typeof vi = {
  badRequest: 'Invalid embed parameters',
  empty: 'This column has no articles yet.',
  notFound: 'This content does not exist or has not been published.',
  readMore: 'Continue reading on Thi đua',
  source: 'Source:',
  unavailable: 'The content cannot be loaded right now. Please try again later.',
  untranslated: 'Not yet translated: the Vietnamese original is shown.',
  viewOnSite: 'View on Thi đua',
}

export type EmbedWords = typeof vi

export const embedWords = (locale: Locale): EmbedWords => (locale === 'en' ? en : vi)
