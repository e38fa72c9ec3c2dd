import { courses } from '../data/courses'
import { lessons } from '../data/lessons'
import type { SeedLesson } from '../data/types'
import { handoutPdf } from '../generate/pdf'
import { toRichText } from '../generate/lexical'
import { createIllustration } from './media'
import { asRef, findIdBy, type GeneratedId, publishState, resolve, resolveOne, seedOptions, type SeedContext, upsertEach } from '../context'

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
          audience: c.audienceKeys,
          cover,
          // The demo trainer wrote the demo courses: their dashboard lists them with download counts.
          createdBy: resolveOne(refs.users, 'trainer', 'user'),
          description: `${c.description}\n\nĐối tượng: ${c.audience}.`,
          hours: c.hours,
          modules: c.modules,
          objectives: c.objectives.map((text) => ({ text })),
          slug: c.key,
          title: c.title,
          topics: c.topics,
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

/**
 * The lesson body, with its illustration (if any) after the given paragraph.
 * The image is found by its alt text before being made, so re-creating a
 * lesson never adds a second copy.
 */
const lessonBody = async ({ lesson, payload }: Pick<SeedContext, 'payload'> & { lesson: SeedLesson }) => {
  const body = await toRichText({ config: payload.config, paragraphs: lesson.body })
  if (!lesson.figure) return body
  const { afterParagraph, alt, caption } = lesson.figure
  const image = (await findIdBy({ collection: 'media', field: 'alt', payload, value: alt })) ?? (await createIllustration({ alt, caption, key: `bai-hoc-${lesson.key}`, kind: 'collective', payload }))
  const node = { fields: {}, format: '' as const, id: `anh-${lesson.key}`, relationTo: 'media' as const, type: 'upload' as const, value: image, version: 3 }
  body.root.children.splice(Math.min(afterParagraph, body.root.children.length), 0, node)
  return body
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
          body: await lessonBody({ lesson: l, payload }),
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
