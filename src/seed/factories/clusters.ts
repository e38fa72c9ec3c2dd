import type { SeedContext, StepResult } from '../context'

/** Placeholder until the clusters seed lands: creates nothing. */
export const seedClusters = async (_ctx: SeedContext): Promise<StepResult> => ({ created: 0, existing: 0 })
