import { movements } from '../data/movements'
import { vietnamMidnight } from '@/lib/dates/format'
import { toRichText } from '../generate/lexical'
import { createIllustration } from './media'
import { findIdBy, publishState, resolve, seedOptions, type SeedContext, upsertEach } from '../context'

const lines = (texts: string[]) => texts.map((text) => ({ text }))

export const seedMovements = ({ payload, refs }: SeedContext) =>
  upsertEach({
    items: movements,
    map: refs.movements,
    findExisting: (m) => findIdBy({ collection: 'movements', field: 'slug', payload, value: m.key }),
    create: async (m) => {
      const cover = await createIllustration({ alt: `Ảnh minh họa phong trào “${m.name}”`, key: `phong-trao-${m.key}`, kind: 'cover', payload })
      const milestones = await Promise.all(
        m.milestones.map(async (milestone) => ({
          date: vietnamMidnight(milestone.date),
          kind: milestone.kind,
          report: await toRichText({ config: payload.config, paragraphs: milestone.report }),
          title: milestone.title,
        })),
      )
      const doc = await payload.create({
        collection: 'movements',
        data: {
          ...publishState(m.draft),
          content: lines(m.content),
          cover,
          criteria: lines(m.criteria),
          issuingBody: m.issuingBody,
          level: m.level,
          measures: lines(m.measures),
          milestones,
          name: m.name,
          objectives: lines(m.objectives),
          participants: m.participants,
          period: { end: m.end ? vietnamMidnight(m.end) : undefined, start: vietnamMidnight(m.start) },
          relatedDocuments: resolve(refs.documents, m.documentKeys, 'document'),
          slogan: m.slogan,
          slug: m.key,
          targets: m.targets,
          type: m.type,
        },
        draft: m.draft,
        ...seedOptions,
      })
      return doc.id
    },
  })
