import type { Exemplar, Nomination, Province } from '@/payload-types'

/** The nominee as a reader sees it: the profiled exemplar when linked, else the names typed in. */
export const nomineeOf = (n: Pick<Nomination, 'nominee' | 'nomineeKind' | 'nomineeName' | 'nomineeUnit' | 'province'>) => {
  const exemplar = n.nominee && typeof n.nominee === 'object' ? (n.nominee as Exemplar) : null
  const province = n.province && typeof n.province === 'object' ? (n.province as Province) : null
  return {
    kind: exemplar?.kind ?? n.nomineeKind ?? 'individual',
    name: n.nomineeName?.trim() || exemplar?.name || '',
    province: province?.name ?? null,
    slug: exemplar?.slug ?? null,
    unit: n.nomineeUnit ?? exemplar?.organization ?? null,
  }
}
