import type { Payload } from 'payload'

import type { EmulationCluster } from '@/payload-types'
import { foldName } from '../lookups'
import { list } from './columns'

export type StoredYear = NonNullable<EmulationCluster['years']>[number]

/** A cluster as the score import sees it: the latest version an editor sees (draft or published), Vietnamese. */
export type ClusterTarget = { id: number | string; members: string[]; name: string; slug: string; years: StoredYear[] }

export type ClusterLookups = {
  /** By folded name and by slug; a name two clusters share lists both. */
  byKey: Map<string, ClusterTarget[]>
  all: ClusterTarget[]
}

/** Every cluster, read once per import (there are tens, not thousands). */
export const loadClusters = async ({ payload }: { payload: Payload }): Promise<ClusterLookups> => {
  const { docs } = await payload.find({ collection: 'emulation-clusters', depth: 0, draft: true, limit: 0, locale: 'vi', overrideAccess: true, pagination: false, select: { members: true, name: true, slug: true, years: true } })
  const byKey = new Map<string, ClusterTarget[]>()
  const all = docs.map((doc) => ({ id: doc.id, members: (doc.members ?? []).map((m) => m.name), name: doc.name, slug: doc.slug ?? '', years: doc.years ?? [] }))
  for (const target of all) {
    for (const key of new Set([foldName(target.name), foldName(target.slug.replace(/-/g, ' '))])) {
      if (key) byKey.set(key, [...(byKey.get(key) ?? []), target])
    }
  }
  return { all, byKey }
}

/** The cluster a cell names (name or slug), or why none could be chosen. */
export const findCluster = ({ lookups, text }: { lookups: ClusterLookups; text: string }): ClusterTarget | string => {
  const found = lookups.byKey.get(foldName(text)) ?? []
  if (found.length === 1) return found[0]
  if (found.length > 1) return `Có ${found.length} cụm, khối cùng tên “${text}”; ghi đường dẫn (slug) để chọn một: ${found.map((c) => c.slug).join(', ')}.`
  const known = lookups.all.map((c) => c.name)
  return `Không tìm thấy cụm, khối “${text}” trên cổng; ghi đúng tên hoặc đường dẫn (slug).${known.length ? ` Các cụm, khối hiện có: ${list(known)}.` : ''}`
}

/** A cluster's year for its score template, or why there is none. */
export const findClusterYear = async ({ cluster, payload, year }: { cluster: string; payload: Payload; year: number }): Promise<{ cluster: ClusterTarget; entry: StoredYear } | { error: string }> => {
  const target = findCluster({ lookups: await loadClusters({ payload }), text: cluster })
  if (typeof target === 'string') return { error: target }
  const entry = target.years.find((y) => y.year === year)
  if (!entry) return { error: `${target.name} chưa có năm ${year}; các năm hiện có: ${target.years.map((y) => y.year).join(', ') || 'chưa có'}.` }
  if (!(entry.criteria ?? []).length) return { error: `Năm ${year} của ${target.name} chưa có tiêu chí chấm điểm.` }
  return { cluster: target, entry }
}
