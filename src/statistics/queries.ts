import type { Payload } from 'payload'

import { cachedRead } from '@/lib/cache/cachedRead'
import { getPayloadClient } from '@/lib/server/payload'
import { awardCounter, type AwardFigures, countExemplarStages, type ExemplarFigures, type StatSelection } from './aggregate'
import { eachAwardBatch, readExemplarFacts } from './read'

/** Everything a publish, unpublish or delete of these changes: hooks purge the same tags (src/lib/cache/revalidate.ts). */
export const STATISTICS_COLLECTIONS = ['awards', 'exemplars', 'movements', 'provinces', 'sectors']

/** `computedAt` (ISO) is when the figures were read: a cached page says how old they are. */
export type Figures = { awards: AwardFigures; computedAt: string; exemplars: ExemplarFigures }

/** The figures of one selection, straight from the database: flat reads, one pass in memory. */
export const computeFigures = async ({ payload, selection }: { payload: Payload; selection: StatSelection }): Promise<Figures> => {
  const exemplars = await readExemplarFacts({ payload })
  const counter = awardCounter(new Map(exemplars.map((e) => [String(e.id), e])))
  await eachAwardBatch({ onBatch: counter.add, payload, selection })
  return { awards: counter.figures, computedAt: new Date().toISOString(), exemplars: countExemplarStages({ exemplars, selection }) }
}

/**
 * Cached per selection (the key is the resolved selection, so two URLs
 * naming the same thing share an entry) and purged when a decision, a
 * profile or a taxonomy is published, unpublished or deleted.
 */
export const getFigures = cachedRead('statistics:figures', STATISTICS_COLLECTIONS, async (selection: StatSelection): Promise<Figures> => computeFigures({ payload: await getPayloadClient(), selection }))
