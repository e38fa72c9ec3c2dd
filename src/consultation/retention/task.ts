import type { TaskConfig } from 'payload'

import { applyOpinionRetention } from './apply'

/**
 * Once a day: opinions of consultations decided (or withdrawn) longer ago
 * than the retention setting lose their personal data, or are deleted. The
 * job's output (kept with the job) and the log record what it did.
 */
export const applyOpinionRetentionTask: TaskConfig<'applyOpinionRetention'> = {
  slug: 'applyOpinionRetention',
  label: 'Áp dụng thời hạn lưu giữ ý kiến nhân dân',
  // Cron reads the server's clock, usually UTC: 19:30 UTC is 02:30 in Vietnam, when nobody is moderating.
  schedule: [{ cron: '30 19 * * *', queue: 'nightly' }],
  outputSchema: [
    { name: 'mode', type: 'text', required: true },
    { name: 'months', type: 'number', required: true },
    { name: 'nominations', type: 'number', required: true },
    { name: 'anonymised', type: 'number', required: true },
    { name: 'deleted', type: 'number', required: true },
  ],
  handler: async ({ req }) => {
    const output = await applyOpinionRetention({ req })
    req.payload.logger.info({ msg: 'Opinion retention applied', ...output })
    return { output }
  },
}
