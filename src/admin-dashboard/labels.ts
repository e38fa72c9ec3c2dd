import type { I18nClient } from '@payloadcms/translations'

/** The admin's interface language (vi or en), as the user chose it in the admin. */
export type AdminLanguage = 'en' | 'vi'
export const adminLanguage = (i18n: Pick<I18nClient, 'language'> | undefined): AdminLanguage => (i18n?.language === 'en' ? 'en' : 'vi')

const vi = {
  activity: {
    title: 'Hoạt động gần đây',
    navLink: 'Hoạt động gần đây',
    intro: 'Mọi lần lưu trên các nội dung có lưu phiên bản, mới nhất trước. Bấm "Xem thay đổi" để so sánh phiên bản đó với bản trước.',
    filterCollection: 'Loại nội dung',
    filterUser: 'Người sửa',
    all: 'Tất cả',
    apply: 'Lọc',
    reset: 'Bỏ lọc',
    empty: 'Chưa có thay đổi nào khớp bộ lọc.',
    count: (total: number) => `${total} thay đổi`,
    seeAll: 'Xem toàn bộ nhật ký',
  },
  columns: {
    when: 'Thời điểm',
    who: 'Người sửa',
    what: 'Nội dung',
    collection: 'Loại',
    status: 'Trạng thái',
    change: 'Thay đổi',
  },
  status: {
    draft: 'Bản nháp',
    published: 'Đã xuất bản',
    saved: 'Đã lưu',
    scheduled: 'Hẹn xuất bản',
  },
  unknownUser: 'Không rõ',
  untitled: '(Chưa có tên)',
  viewDiff: 'Xem thay đổi',
  pagination: {
    label: 'Phân trang',
    previous: 'Trang trước',
    next: 'Trang sau',
    page: (page: number, total: number) => `Trang ${page}/${total}`,
  },
  dashboard: {
    title: 'Việc cần làm',
    review: 'Bản nháp của cộng tác viên chờ duyệt',
    reviewEmpty: 'Không có bản nháp nào chờ duyệt.',
    scheduled: 'Lịch xuất bản',
    scheduledEmpty: 'Không có nội dung nào được hẹn giờ.',
    publish: 'Xuất bản',
    unpublish: 'Ngừng xuất bản',
    consultations: (days: number) => `Lấy ý kiến sắp kết thúc (trong ${days} ngày)`,
    consultationsEmpty: 'Không có đợt lấy ý kiến nào sắp kết thúc.',
    closesAt: 'Kết thúc',
    unreviewed: 'Ý kiến chưa xem xét',
    reviewOpinions: (count: number) => `Xem ${count} ý kiến chưa xem xét`,
    recent: 'Hoạt động gần đây',
    collections: 'Danh mục nội dung',
  },
  trainer: {
    courses: 'Khóa học của tôi',
    coursesEmpty: 'Bạn chưa tạo khóa học nào.',
    course: 'Khóa học',
    packDownloads: 'Lượt tải gói tài liệu',
    attachmentDownloads: 'Lượt tải tài liệu đính kèm',
    draftLessons: 'Bài học còn là bản nháp',
    draftLessonsEmpty: 'Không có bài học nào còn là bản nháp.',
    lesson: 'Bài học',
  },
}

export type Labels = typeof vi

const en: Labels = {
  activity: {
    title: 'Recent activity',
    navLink: 'Recent activity',
    intro: 'Every save of versioned content, newest first. "View changes" compares that version with the one before it.',
    filterCollection: 'Content type',
    filterUser: 'Changed by',
    all: 'All',
    apply: 'Filter',
    reset: 'Clear filters',
    empty: 'No changes match these filters.',
    count: (total) => `${total} ${total === 1 ? 'change' : 'changes'}`,
    seeAll: 'See the full activity log',
  },
  columns: {
    when: 'When',
    who: 'Changed by',
    what: 'Content',
    collection: 'Type',
    status: 'Status',
    change: 'Change',
  },
  status: {
    draft: 'Draft',
    published: 'Published',
    saved: 'Saved',
    scheduled: 'Scheduled',
  },
  unknownUser: 'Unknown',
  untitled: '(Untitled)',
  viewDiff: 'View changes',
  pagination: {
    label: 'Pagination',
    previous: 'Previous page',
    next: 'Next page',
    page: (page, total) => `Page ${page} of ${total}`,
  },
  dashboard: {
    title: 'To do',
    review: "Contributors' drafts waiting for review",
    reviewEmpty: 'No drafts are waiting for review.',
    scheduled: 'Scheduled publishing',
    scheduledEmpty: 'Nothing is scheduled.',
    publish: 'Publish',
    unpublish: 'Unpublish',
    consultations: (days) => `Consultations closing soon (within ${days} days)`,
    consultationsEmpty: 'No consultation closes soon.',
    closesAt: 'Closes',
    unreviewed: 'Unreviewed opinions',
    reviewOpinions: (count) => `Review ${count} unreviewed ${count === 1 ? 'opinion' : 'opinions'}`,
    recent: 'Recent activity',
    collections: 'Collections',
  },
  trainer: {
    courses: 'My courses',
    coursesEmpty: 'You have not created a course yet.',
    course: 'Course',
    packDownloads: 'Course pack downloads',
    attachmentDownloads: 'Attachment downloads',
    draftLessons: 'Lessons still in draft',
    draftLessonsEmpty: 'No lesson is in draft.',
    lesson: 'Lesson',
  },
}

export const labelsFor = (language: AdminLanguage): Labels => (language === 'en' ? en : vi)

/** A document saved before it had a title (an autosaved draft) is still named, with its id. */
export const displayTitle = (labels: Labels, title: string, id: number | string): string => title || `${labels.untitled} #${id}`
