import type { GlobalConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { editorsAndAdmins } from '@/access/editorsAndAdmins'
import { revalidateGlobal } from '@/lib/cache/revalidate'
import { RETENTION_DEFAULTS, RETENTION_LIMITS, retentionModes } from '@/consultation/retention/options'

/**
 * How long the public's opinions keep the name, contact and address given with
 * them. Its own global rather than a site setting: editors moderate opinions
 * and may choose this, while site settings are admins' only. Readable by
 * anyone because the public form states it.
 */
export const OpinionRetention: GlobalConfig = {
  slug: 'opinion-retention',
  label: { en: 'Opinion retention', vi: 'Lưu giữ ý kiến nhân dân' },
  access: { read: anyone, update: editorsAndAdmins },
  admin: {
    description: {
      en: 'Applied every night to nominations that are decided (from the award decision date) or withdrawn (from the withdrawal). One person’s opinions: Admin → Personal data requests (/admin/du-lieu-ca-nhan).',
      vi: 'Áp dụng hằng đêm cho hồ sơ đã quyết định (tính từ ngày quyết định khen thưởng) hoặc đã rút (tính từ ngày rút). Xem, tải hoặc xoá ý kiến của một người theo yêu cầu: /admin/du-lieu-ca-nhan.',
    },
    group: { en: 'Settings', vi: 'Cài đặt' },
  },
  hooks: { afterChange: [revalidateGlobal] },
  fields: [
    {
      name: 'months',
      type: 'number',
      required: true,
      defaultValue: RETENTION_DEFAULTS.months,
      min: RETENTION_LIMITS.minMonths,
      max: RETENTION_LIMITS.maxMonths,
      label: { en: 'Keep personal data for (months)', vi: 'Thời hạn lưu giữ (tháng)' },
      admin: { step: 1, description: { en: 'Counted from the decision; stated on the public form.', vi: 'Tính từ khi có quyết định; được nêu trên biểu mẫu góp ý.' } },
    },
    {
      name: 'mode',
      type: 'radio',
      required: true,
      defaultValue: RETENTION_DEFAULTS.mode,
      options: retentionModes,
      label: { en: 'After that', vi: 'Sau thời hạn' },
    },
  ],
}
