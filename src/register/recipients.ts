import type { Award, Exemplar } from '@/payload-types'

export type Recipient = { href?: string; key: string; kind?: string | null; name: string; unit?: string | null }

/** Profiled recipients (linked) first, then the others named in the decision. */
export const recipientsOf = (award: Pick<Award, 'otherRecipients' | 'recipients'>, exemplarHref: (slug: string) => string): Recipient[] => [
  ...(award.recipients ?? [])
    .filter((r): r is Exemplar => typeof r === 'object')
    .map((r) => ({ href: exemplarHref(r.slug ?? ''), key: `e-${r.id}`, kind: r.kind, name: r.name, unit: r.organization })),
  ...(award.otherRecipients ?? []).map((r, i) => ({ key: `o-${r.id ?? i}`, kind: r.kind, name: r.name, unit: r.unit })),
]
