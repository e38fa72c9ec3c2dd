import { courses } from '../data/courses'
import { lessons } from '../data/lessons'
import type { SeedLesson } from '../data/types'
import { handoutPdf } from '../generate/pdf'
import { toRichText } from '../generate/lexical'
import { createIllustration } from './media'
import { asRef, findIdBy, type GeneratedId, publishState, resolve, seedOptions, type SeedContext, upsertEach } from '../context'

export const seedCourses = ({ payload, refs }: SeedContext) =>
  upsertEach({
    items: courses,
    map: refs.courses,
    findExisting: (c) => findIdBy({ collection: 'courses', field: 'slug', payload, value: c.key }),
    create: async (c) => {
      const cover = await createIllustration({ alt: `Ảnh minh họa khóa học “${c.title}”`, key: `khoa-hoc-${c.key}`, kind: 'cover', payload })
      const doc = await payload.create({
        collection: 'courses',
        data: {
          ...publishState(),
          audience: ['officers', 'students'],
          cover,
          description: `${c.description}\n\nĐối tượng: ${c.audience}.`,
          hours: c.hours,
          modules: c.modules,
          objectives: c.objectives.map((text) => ({ text })),
          slug: c.key,
          title: c.title,
        },
        ...seedOptions,
      })
      return doc.id
    },
  })

/**
 * Each handout becomes a real PDF in the files library. One at a time: when
 * the names already exist on disk (a re-created database over an old media/
 * folder) Payload renames by counting up, and parallel uploads would race for
 * the same new name.
 */
const createHandouts = async ({ lesson, payload }: Pick<SeedContext, 'payload'> & { lesson: SeedLesson }): Promise<GeneratedId[]> => {
  const ids: GeneratedId[] = []
  for (const [i, attachment] of lesson.attachments.entries()) {
    const data = await handoutPdf({ paragraphs: attachment.paragraphs, subtitle: `Tài liệu kèm bài: ${lesson.title}`, title: attachment.title })
    const doc = await payload.create({
      collection: 'files',
      data: { description: `Tài liệu phát tay cho bài “${lesson.title}”.`, title: attachment.title },
      file: { data, mimetype: 'application/pdf', name: `${lesson.key}-tai-lieu-${i + 1}.pdf`, size: data.length },
      ...seedOptions,
    })
    ids.push(asRef(doc.id))
  }
  return ids
}

export const seedLessons = ({ payload, refs }: SeedContext) =>
  upsertEach({
    items: lessons,
    map: new Map(),
    findExisting: (l) => findIdBy({ collection: 'lessons', field: 'slug', payload, value: l.key }),
    create: async (l) => {
      const doc = await payload.create({
        collection: 'lessons',
        data: {
          ...publishState(l.draft),
          attachments: await createHandouts({ lesson: l, payload }),
          body: await toRichText({ config: payload.config, paragraphs: l.body }),
          course: resolve(refs.courses, [l.courseKey], 'course')[0],
          durationMinutes: l.durationMinutes,
          moduleNumber: l.moduleNumber,
          objectives: l.objectives.map((text) => ({ text })),
          order: l.order,
          primarySources: resolve(refs.documents, l.sourceDocumentKeys, 'document'),
          questions: l.questions,
          slug: l.key,
          title: l.title,
        },
        draft: l.draft,
        ...seedOptions,
      })
      return doc.id
    },
  })
