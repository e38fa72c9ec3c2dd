import type { TaskConfig } from 'payload'

/**
 * Open consultations whose window has ended become "closed", so listings and
 * nomination pages stop presenting them as open. Opinions are refused after
 * `closesAt` whether or not this has run; it runs every 10 minutes.
 */
export const closeEndedConsultations: TaskConfig<'closeEndedConsultations'> = {
  slug: 'closeEndedConsultations',
  label: 'Đóng các đợt lấy ý kiến đã hết hạn',
  schedule: [{ cron: '*/10 * * * *', queue: 'nightly' }],
  outputSchema: [{ name: 'closed', type: 'number' }],
  handler: async ({ req }) => {
    // One bulk update: Payload still runs every nomination's hooks and keeps a version of each.
    const { docs, errors } = await req.payload.update({
      collection: 'nominations',
      data: { status: 'closed' },
      depth: 0,
      overrideAccess: true,
      req,
      select: { status: true },
      where: { and: [{ status: { equals: 'open' } }, { closesAt: { less_than: new Date().toISOString() } }] },
    })
    if (errors.length) throw new Error(`Could not close ${errors.length} consultation(s): ${errors.map((e) => `${e.id}: ${e.message}`).join('; ')}`)
    return { output: { closed: docs.length } }
  },
}
