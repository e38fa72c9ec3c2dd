import { eventPhase, type EventTiming } from '@/events/time'
import { relationId } from '@/lib/queries/relations'

export { openNow } from '@/consultation/state'

type Id = number | string
type WithId = { id: Id }

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

/** Events not over yet at `now` (under way or to come), in the read's order (soonest first). */
export const notOver = <E extends EventTiming>(events: E[], now: number): E[] => events.filter((event) => eventPhase(event, new Date(now)) !== 'past')
