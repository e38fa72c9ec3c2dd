import { consultationState } from '@/consultation/state'
import { vietnamDay } from '@/lib/dates/format'
import type { Nomination } from '@/payload-types'

type Id = number | string
type WithId = { id: Id }

/** The id of a relationship value, populated or not. */
export const relationId = (value: Id | WithId | null | undefined): Id | null => (value && typeof value === 'object' ? value.id : (value ?? null))

/** The ids of a hasMany relationship, in the editor's order, without repeats. */
export const relationIds = (values: (Id | WithId)[] | null | undefined): Id[] => [...new Set((values ?? []).map(relationId).filter((id): id is Id => id !== null))]

/**
 * Documents put back in the editor's order. Those the reader may not see
 * (drafts, unpublished) were never returned by the read, so they are simply absent.
 */
export const inOrder = <T extends WithId>(docs: T[], ids: Id[]): T[] => {
  const byId = new Map(docs.map((doc) => [String(doc.id), doc]))
  return ids.flatMap((id) => byId.get(String(id)) ?? [])
}

/** The newest article of each column, columns in the order given; a column with none in the window is left out. */
export const latestPerColumn = <A extends { column?: Id | WithId | null }>(articlesNewestFirst: A[], columnIds: Id[]): { article: A; columnId: Id }[] => {
  const first = new Map<string, A>()
  for (const article of articlesNewestFirst) {
    const column = relationId(article.column)
    if (column !== null && !first.has(String(column))) first.set(String(column), article)
  }
  return columnIds.flatMap((columnId) => {
    const article = first.get(String(columnId))
    return article ? [{ article, columnId }] : []
  })
}

/** Consultations a reader can comment on right now, closing soonest first. */
export const openNow = <N extends Pick<Nomination, 'closesAt' | 'opensAt' | 'status'>>(nominations: N[], now: number): N[] =>
  nominations
    .filter((n) => consultationState(n, now) === 'open')
    .sort((a, b) => (a.closesAt ? Date.parse(a.closesAt) : Infinity) - (b.closesAt ? Date.parse(b.closesAt) : Infinity))

type Timed = { allDay?: boolean | null; end?: string | null; start: string }

/**
 * When an event is over: its end, or its start when it has none; an all-day
 * event lasts to the end of its (last) day in Vietnam's time.
 */
export const eventEndsAt = (event: Timed): number => {
  const last = event.end ?? event.start
  return event.allDay ? Date.parse(`${vietnamDay(new Date(last))}T23:59:59.999+07:00`) : Date.parse(last)
}

/** Events not over yet (on now or to come), soonest first. */
export const notOver = <E extends Timed>(events: E[], now: number): E[] =>
  events.filter((event) => eventEndsAt(event) >= now).sort((a, b) => Date.parse(a.start) - Date.parse(b.start))
