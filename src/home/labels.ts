import type { Locale } from '@/i18n/locales'

/** The front page's own words (the shared dictionary keeps the site's chrome). */
const vi = {
  allConsultations: 'Tất cả hồ sơ lấy ý kiến',
  allEvents: 'Tất cả sự kiện',
  allExemplars: 'Tất cả gương điển hình',
  allMovements: 'Tất cả phong trào',
  closes: (date: string) => `Hạn góp ý: ${date}`,
  columns: 'Tin mới theo chuyên mục',
  consultations: 'Đang lấy ý kiến nhân dân',
  events: 'Sự kiện sắp diễn ra',
  featured: 'Nổi bật',
  heading: 'Cổng thông tin thi đua, khen thưởng',
  newest: 'Mới công bố',
  noConsultations: 'Hiện không có hồ sơ nào đang lấy ý kiến.',
  noEvents: 'Chưa có sự kiện nào sắp diễn ra.',
  noMovements: 'Chưa có phong trào nào được công bố.',
  searchLabel: 'Tìm gương điển hình, phong trào, văn bản',
  searchName: 'Tìm kiếm trên cổng',
  searchSubmit: 'Tìm kiếm',
}

const en: typeof vi = {
  allConsultations: 'All consultations',
  allEvents: 'All events',
  allExemplars: 'All exemplars',
  allMovements: 'All movements',
  closes: (date: string) => `Comments close: ${date}`,
  columns: 'Latest in each column',
  consultations: 'Open for public comment',
  events: 'Upcoming events',
  featured: 'Featured',
  heading: 'Emulation and commendation portal',
  newest: 'Newly published',
  noConsultations: 'No nomination is open for comment at the moment.',
  noEvents: 'No upcoming event yet.',
  noMovements: 'No movement has been published yet.',
  searchLabel: 'Search exemplars, movements, documents',
  searchName: 'Site search',
  searchSubmit: 'Search',
}

const LABELS: Record<Locale, typeof vi> = { en, vi }

export const homeLabels = (locale: Locale) => LABELS[locale]
