import { hasRole } from '@/access/roles'
import { DEFAULT_REQUESTS_PER_MINUTE } from '@/collections/Users/options'

export type Partner = { allowedOrigins: string[]; id: number | string; isPartner: boolean; requestsPerMinute: number }

/** What the API policy needs to know of a user account. */
export const toPartner = (user: Record<string, unknown>): Partner => ({
  allowedOrigins: (Array.isArray(user.allowedOrigins) ? user.allowedOrigins : []).map((o: { origin?: string }) => String(o.origin ?? '').replace(/\/$/, '')),
  id: user.id as number | string,
  isPartner: hasRole(user as never, 'partner'),
  requestsPerMinute: typeof user.requestsPerMinute === 'number' && user.requestsPerMinute > 0 ? user.requestsPerMinute : DEFAULT_REQUESTS_PER_MINUTE,
})
