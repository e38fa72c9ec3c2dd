import type { SeedContext, StepResult } from '../context'

/** Placeholder until the events seed lands: creates nothing. */
export const seedEvents = async (_ctx: SeedContext): Promise<StepResult> => ({ created: 0, existing: 0 })
