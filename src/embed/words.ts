import type { Locale } from '@/i18n/locales'

/**
 * Words only embeds use. Kept beside them rather than in the site's
 * dictionaries: embeds render outside the site's layout and need few words.
 */
const vi = {
  badRequest: 'Tham số nhúng không hợp lệ',
  empty: 'Chuyên mục chưa có bài viết.',
  noEvents: 'Chưa có sự kiện sắp diễn ra.',
  notFound: 'Nội dung này không tồn tại hoặc chưa được công bố.',
  readMore: 'Đọc tiếp trên Thi đua',
  source: 'Nguồn:',
  unavailable: 'Tạm thời không tải được nội dung. Vui lòng thử lại sau.',
  untranslated: 'Bản tiếng Việt.',
  /** The events embed's heading, narrowed to a province or a movement when named. */
  upcomingEvents: (scope?: string) => (scope ? `Sự kiện sắp diễn ra – ${scope}` : 'Sự kiện sắp diễn ra'),
  viewOnSite: 'Xem trên Thi đua',
}

const en: typeof vi = {
  badRequest: 'Invalid embed parameters',
  empty: 'This column has no articles yet.',
  noEvents: 'No upcoming events.',
  notFound: 'This content does not exist or has not been published.',
  readMore: 'Continue reading on Thi đua',
  source: 'Source:',
  unavailable: 'The content cannot be loaded right now. Please try again later.',
  untranslated: 'Not yet translated: the Vietnamese original is shown.',
  upcomingEvents: (scope?: string) => (scope ? `Upcoming events – ${scope}` : 'Upcoming events'),
  viewOnSite: 'View on Thi đua',
}

export type EmbedWords = typeof vi

export const embedWords = (locale: Locale): EmbedWords => (locale === 'en' ? en : vi)
