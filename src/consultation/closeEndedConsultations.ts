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
    const { docs } = await req.payload.find({
      collection: 'nominations',
      depth: 0,
      limit: 0,
      overrideAccess: true,
      pagination: false,
      req,
      select: { status: true },
      where: { and: [{ status: { equals: 'open' } }, { closesAt: { less_than: new Date().toISOString() } }] },
    })
    for (const nomination of docs) {
      await req.payload.update({ collection: 'nominations', data: { status: 'closed' }, id: nomination.id, overrideAccess: true, req })
    }
    return { output: { closed: docs.length } }
  },
}
