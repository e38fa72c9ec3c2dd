import type { JobsConfig } from 'payload'

type AutorunCronConfig = Exclude<NonNullable<JobsConfig['autoRun']>, (...args: never[]) => unknown>[number]

/**
 * The queues this process runs on a timer. Payload 3.90 does not lock jobs, so
 * with several instances exactly one process may run them: web instances
 * start with JOBS=off and one worker (scripts/worker.ts) runs these. A single
 * `npm start` runs them itself, as before.
 */
const QUEUES: AutorunCronConfig[] = [
  { cron: '* * * * *', limit: 50, queue: 'default' },
  { cron: '*/10 * * * *', limit: 10, queue: 'nightly' },
  // Spreadsheet imports confirmed in the admin start within seconds; one at a time (each is a process of its own).
  { cron: '*/5 * * * * *', limit: 1, queue: 'imports' },
]

export const jobsRunHere = (): boolean => process.env.JOBS !== 'off'

/** Read when Payload starts its timers: an empty list starts none, scheduled publishes included. */
export const autoRunQueues = (): AutorunCronConfig[] => (jobsRunHere() ? QUEUES : [])
