import type { SeedContext, StepResult } from '../context'

/** Placeholder until the procedures seed lands: creates nothing. */
export const seedProcedures = async (_ctx: SeedContext): Promise<StepResult> => ({ created: 0, existing: 0 })
