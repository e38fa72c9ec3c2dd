/** A partner's API requests per minute unless an admin sets another limit. */
export const DEFAULT_REQUESTS_PER_MINUTE = 120

export const roleLabels = {
  admin: { en: 'Administrator', vi: 'Quản trị viên' },
  contributor: { en: 'Contributor (drafts only)', vi: 'Cộng tác viên (chỉ viết bản nháp)' },
  editor: { en: 'Editor', vi: 'Biên tập viên' },
  partner: { en: 'Media partner (API)', vi: 'Đối tác báo chí (API)' },
  trainer: { en: 'Trainer', vi: 'Giảng viên' },
} as const
