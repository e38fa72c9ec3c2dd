import type { TaskConfig } from 'payload'

import { deriveMovementStatus } from '@/collections/Movements/status'

/**
 * A movement's status depends on today's date, so it is recomputed daily
 * (and on every save); only movements whose status changed are written.
 */
export const refreshMovementStatuses: TaskConfig<'refreshMovementStatuses'> = {
  slug: 'refreshMovementStatuses',
  label: 'Cập nhật trạng thái phong trào',
  schedule: [{ cron: '5 0 * * *', queue: 'nightly' }],
  outputSchema: [{ name: 'updated', type: 'number' }],
  handler: async ({ req }) => {
    const { docs } = await req.payload.find({
      collection: 'movements',
      depth: 0,
      limit: 0,
      overrideAccess: true,
      pagination: false,
      req,
      select: { milestones: true, period: true, status: true },
    })
    let updated = 0
    for (const movement of docs) {
      const status = deriveMovementStatus({ milestones: movement.milestones, period: movement.period })
      if (status === movement.status) continue
      await req.payload.update({ collection: 'movements', data: { status }, id: movement.id, overrideAccess: true, req })
      updated++
    }
    return { output: { updated } }
  },
}
