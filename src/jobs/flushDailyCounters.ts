import type { TaskConfig } from 'payload'

import { flushDailyCounters as flushAll } from '@/lib/server/dailyCounter'
// Imported for their side effect: each defines its counter, which the flush then writes.
import '@/partners/usage'
import '@/training/downloads/counter'

/**
 * Every minute on the jobs worker: partner API usage and training downloads
 * counted in Redis by every instance become rows (see lib/server/dailyCounter).
 * Without Redis the web process writes its own counts and this only adds
 * what the worker itself counted.
 */
export const flushDailyCountersTask: TaskConfig<'flushDailyCounters'> = {
  slug: 'flushDailyCounters',
  label: 'Ghi số lượt gọi API và lượt tải theo ngày',
  schedule: [{ cron: '* * * * *', queue: 'default' }],
  handler: async ({ req }) => {
    await flushAll(req.payload)
    return { output: {} }
  },
}
