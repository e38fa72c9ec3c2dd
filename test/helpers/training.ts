import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

import { toRichText } from '@/seed/generate/lexical'
import type { User } from '@/payload-types'
import { largePng, pdfUpload } from './files'
import type { SiteRoutes } from './http'

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>
const handlerOf = (module: unknown): Handler => (module as { GET: Handler }).GET

/**
 * The training routes as Next serves them after the /vi rewrite (/en/… for
 * English). Imported lazily: tests mock next/cache before the first import.
 */
export const trainingRoutes = async (): Promise<SiteRoutes> => {
  const [pack, download, previewIndex, previewLesson] = (
    await Promise.all([
      import('@/app/(frontend)/[locale]/dao-tao/[course]/goi-tai-lieu.zip/route'),
      import('@/app/(frontend)/[locale]/dao-tao/tai-ve/[file]/route'),
      import('@/app/(frontend)/[locale]/dao-tao/xem-truoc/[token]/route'),
      import('@/app/(frontend)/[locale]/dao-tao/xem-truoc/[token]/[lesson]/route'),
    ])
  ).map(handlerOf)
  return (url) => {
    const match = /^(?:\/(en))?\/dao-tao\/(.+)$/.exec(url.pathname)
    if (!match) return null
    const locale = match[1] ?? 'vi'
    const rest = match[2].split('/').map(decodeURIComponent)
    const call = (handler: Handler, params: Record<string, string>) => (request: Request) => handler(request, { params: Promise.resolve({ locale, ...params }) })
    if (rest[0] === 'tai-ve' && rest.length === 2) return call(download, { file: rest[1] })
    if (rest[0] === 'xem-truoc' && rest.length === 2) return call(previewIndex, { token: rest[1] })
    if (rest[0] === 'xem-truoc' && rest.length === 3) return call(previewLesson, { lesson: rest[2], token: rest[1] })
    if (rest.length === 2 && rest[1] === 'goi-tai-lieu.zip') return call(pack, { course: rest[0] })
    return null
  }
}

/** A lesson body with a heading, a paragraph and the image inline. */
const bodyWithImage = async (payload: Payload, imageId: number | string, text: string) => {
  const body = await toRichText({ config: payload.config, paragraphs: ['## Nội dung chính', text] })
  body.root.children.push({ fields: {}, format: '', id: `anh-${imageId}`, relationTo: 'media', type: 'upload', value: imageId, version: 3 })
  return body
}

/**
 * A published course written by a trainer: two modules, two published
 * lessons (the first with an image, a handout and a cited document, the
 * second with its own handout) and a draft lesson with a handout of its own
 * that must never reach readers.
 */
export const createCourseFixture = async ({ label, payload, trainer }: { label: string; payload: Payload; trainer: User }) => {
  const as = { overrideAccess: false as const, user: trainer }
  const photo = await payload.create({ collection: 'media', data: { alt: `Ảnh minh họa ${label}`, caption: 'Lớp học thi đua', credit: 'Lê Nhiếp Ảnh' }, file: await largePng(`${label}-anh.png`), ...as })
  const handout = (name: string) => payload.create({ collection: 'files', data: { title: `Tài liệu ${name} ${label}` }, file: pdfUpload(`${label}-${name}.pdf`), ...as })
  const [first, second, secret] = [await handout('mot'), await handout('hai'), await handout('nhap')]
  const source = await payload.create({ collection: 'documents', data: { _status: 'published', issuedDate: '2014-04-07T00:00:00.000Z', number: `34-CT/TW-${label}`, status: 'inForce', title: `Chỉ thị về đổi mới công tác thi đua ${label}`, type: 'directive' }, overrideAccess: true })
  const course = await payload.create({
    collection: 'courses',
    data: { _status: 'published', hours: 3, modules: [{ title: 'Học phần một' }, { title: 'Học phần hai' }], objectives: [{ text: 'Hiểu thi đua ái quốc' }], title: `Khóa học ${label}` },
    ...as,
  })
  const lesson = (data: Omit<RequiredDataFromCollectionSlug<'lessons'>, 'course'>, status: 'draft' | 'published' = 'published') =>
    payload.create({ collection: 'lessons', data: { ...data, _status: status, course: course.id }, draft: status === 'draft', ...as })
  const lessons = [
    await lesson({ attachments: [first.id], body: await bodyWithImage(payload, photo.id, 'Thi đua là yêu nước.'), durationMinutes: 45, moduleNumber: 1, objectives: [{ text: 'Nêu được hoàn cảnh ra đời' }], order: 1, primarySources: [source.id], questions: [{ answer: 'Ngày 11/6/1948.', question: 'Lời kêu gọi ra đời ngày nào?' }], title: `Bài một ${label}` }),
    await lesson({ attachments: [second.id], durationMinutes: 30, moduleNumber: 2, order: 2, title: `Bài hai ${label}` }),
  ]
  const draft = await lesson({ attachments: [secret.id], moduleNumber: 2, order: 3, title: `Bài nháp ${label}` }, 'draft')
  return { course, draft, files: { first, second, secret }, lessons, photo, source }
}
