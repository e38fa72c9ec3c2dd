import type { Payload } from 'payload'

import { vietnamMidnight } from '@/lib/dates/format'
import { events, type SeedEvent, type SeedEventText } from '../data/events'
import { toRichText } from '../generate/lexical'
import { findIdBy, publishState, resolve, resolveOne, seedOptions, type SeedContext, upsertEach } from '../context'
import { createIllustration } from './media'

/** `YYYY-MM-DD` is 00:00 of that day in Vietnam; `YYYY-MM-DDTHH:mm` that clock time in Vietnam. */
const instant = (value: string): string => (value.includes('T') ? new Date(`${value}:00+07:00`).toISOString() : vietnamMidnight(value))

const localized = async (payload: Payload, text: SeedEventText) => ({
  organizer: text.organizer,
  programme: await toRichText({ config: payload.config, paragraphs: text.programme }),
  summary: text.summary,
  title: text.title,
  venue: text.venue,
})

const create = async ({ payload, refs }: SeedContext, e: SeedEvent) => {
  const cover = e.cover ? await createIllustration({ alt: `Ảnh minh họa sự kiện “${e.title}”`, key: `su-kien-${e.key}`, kind: 'cover', payload }) : undefined
  const doc = await payload.create({
    collection: 'events',
    data: {
      ...publishState(e.draft),
      ...(await localized(payload, e)),
      allDay: Boolean(e.allDay),
      cover,
      end: e.end ? instant(e.end) : undefined,
      kind: e.kind,
      livestreamUrl: e.livestreamUrl,
      province: resolveOne(refs.provinces, e.provinceCode, 'province'),
      registrationUrl: e.registrationUrl,
      relatedAwards: resolve(refs.awards, e.awardKeys ?? [], 'award'),
      relatedDocuments: resolve(refs.documents, e.documentKeys ?? [], 'document'),
      relatedExemplars: resolve(refs.exemplars, e.exemplarKeys ?? [], 'exemplar'),
      relatedMovements: resolve(refs.movements, e.movementKeys ?? [], 'movement'),
      slug: e.key,
      start: instant(e.start),
    },
    draft: e.draft,
    locale: 'vi',
    ...seedOptions,
  })
  if (e.en) await payload.update({ collection: 'events', data: await localized(payload, e.en), id: doc.id, locale: 'en', ...seedOptions })
  return doc.id
}

/** Past, coming and one draft event, linked to the seeded movements, exemplars, awards and documents. */
export const seedEvents = (ctx: SeedContext) =>
  upsertEach({
    items: events,
    map: new Map(),
    findExisting: (e) => findIdBy({ collection: 'events', field: 'slug', payload: ctx.payload, value: e.key }),
    create: (e) => create(ctx, e),
  })
