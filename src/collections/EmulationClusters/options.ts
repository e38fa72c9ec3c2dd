/** Clusters group units by area, blocks by sector (plan III.3). */
export const clusterKinds = [
  { label: { en: 'Cluster (by area)', vi: 'Cụm thi đua (theo địa bàn)' }, value: 'cluster' },
  { label: { en: 'Block (by sector)', vi: 'Khối thi đua (theo ngành, lĩnh vực)' }, value: 'block' },
] as const

export const clusterLevels = [
  { label: { en: 'Central (Central Emulation and Commendation Council)', vi: 'Trung ương (Hội đồng Thi đua – Khen thưởng Trung ương)' }, value: 'central' },
  { label: { en: 'Ministry / sector', vi: 'Bộ, ngành' }, value: 'ministry' },
  { label: { en: 'Provincial', vi: 'Tỉnh, thành phố' }, value: 'provincial' },
] as const

export type ClusterKind = (typeof clusterKinds)[number]['value']
export type ClusterLevel = (typeof clusterLevels)[number]['value']

export const CLUSTER_KINDS: readonly ClusterKind[] = clusterKinds.map((k) => k.value)
