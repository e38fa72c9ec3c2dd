import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { listActivity } from '@/admin-dashboard/activity/queries'
import { listClosingConsultations } from '@/admin-dashboard/dashboard/closingConsultations'
import { listDraftsAwaitingReview } from '@/admin-dashboard/dashboard/reviewQueue'
import { trainerOverview } from '@/admin-dashboard/dashboard/trainerCourses'
import { listScheduledPublishes } from '@/admin-dashboard/scheduledPublishes'
import { allowed } from '../helpers/access'
import { pdfUpload } from '../helpers/files'
import { contentFixtures, type Fixtures, uniqueLabel } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { createUsersByRole, type UsersByRole } from '../helpers/users'

let payload: Payload
let users: UsersByRole
let fixtures: Fixtures
const DAY = 86_400_000
const as = (role: keyof UsersByRole) => ({ overrideAccess: false as const, user: users[role] })
const versionIdOf = async (collection: 'articles' | 'courses' | 'exemplars', id: number | string) =>
  (await payload.findVersions({ collection, depth: 0, limit: 1, overrideAccess: true, sort: '-updatedAt', where: { parent: { equals: id } } })).docs[0]?.id
const schedule = (collection: string, id: number | string, inDays: number) =>
  payload.jobs.queue({
    input: { doc: { relationTo: collection, value: String(id) }, type: 'publish', user: { relationTo: 'users', value: users.editor.id } },
    task: 'schedulePublish',
    waitUntil: new Date(Date.now() + inDays * DAY),
  } as Parameters<Payload['jobs']['queue']>[0])

beforeAll(async () => {
  payload = await getTestPayload()
  users = await createUsersByRole(payload, 'hoat-dong')
  fixtures = await contentFixtures(payload)
})

describe('the activity log', () => {
  it('shows an editor the changes across collections, newest first, with the right names, status and diff links', async () => {
    const exemplar = await payload.create({ collection: 'exemplars', data: { ...fixtures.exemplars(uniqueLabel('nhat-ky-guong')), _status: 'draft' }, draft: true, ...as('contributor') })
    const article = await payload.create({ collection: 'articles', data: { ...fixtures.articles(uniqueLabel('nhat-ky-bai')), _status: 'published' }, ...as('admin') })
    const course = await payload.create({ collection: 'courses', data: { ...fixtures.courses(uniqueLabel('nhat-ky-khoa')), _status: 'draft' }, draft: true, ...as('trainer') })

    const { rows, totalDocs } = await listActivity({ payload, user: users.editor })
    expect(totalDocs).toBeGreaterThanOrEqual(3)
    const [first, second, third] = rows
    expect([first?.title, second?.title, third?.title]).toEqual([course.title, article.title, exemplar.name])
    expect([first?.user?.name, second?.user?.name, third?.user?.name]).toEqual([users.trainer.name, users.admin.name, users.contributor.name])
    expect([first?.status, second?.status, third?.status]).toEqual(['draft', 'published', 'draft'])
    expect(third?.diffUrl).toBe(`/admin/collections/exemplars/${exemplar.id}/versions/${await versionIdOf('exemplars', exemplar.id)}`)
    expect(second?.docUrl).toBe(`/admin/collections/articles/${article.id}`)
    const times = rows.map((row) => Date.parse(row.updatedAt))
    expect(times).toEqual([...times].sort((a, b) => b - a))
  })

  it('includes nominations, whose versions have no draft status', async () => {
    const nomination = await payload.create({ collection: 'nominations', data: { achievements: 'Thành tích mẫu.', form: 'certificateOfMerit', nomineeName: 'Trần Văn Nhật Ký', proposingBody: 'UBND tỉnh Thử', status: 'draft', title: uniqueLabel('ho-so-nhat-ky') }, ...as('editor') })
    const { rows } = await listActivity({ collection: 'nominations', payload, user: users.admin })
    const versionId = (await payload.findVersions({ collection: 'nominations', depth: 0, limit: 1, overrideAccess: true, where: { parent: { equals: nomination.id } } })).docs[0]?.id
    expect(rows[0]).toMatchObject({ diffUrl: `/admin/collections/nominations/${nomination.id}/versions/${versionId}`, docId: nomination.id, status: 'saved', title: nomination.title, user: { name: users.editor.name } })
    expect(Date.parse(rows[0]?.updatedAt ?? '')).not.toBeNaN()
  })

  it('filters by collection and by the user who made the change, and pages without overlap', async () => {
    const onlyCourses = await listActivity({ collection: 'courses', payload, user: users.editor })
    expect(onlyCourses.rows.length).toBeGreaterThan(0)
    expect(new Set(onlyCourses.rows.map((row) => row.collection))).toEqual(new Set(['courses']))
    const byContributor = await listActivity({ changedBy: users.contributor.id, payload, user: users.admin })
    expect(byContributor.rows.length).toBeGreaterThan(0)
    expect(byContributor.rows.every((row) => row.user?.id === users.contributor.id)).toBe(true)

    const all = await listActivity({ limit: 100, payload, user: users.editor })
    const [page1, page2] = await Promise.all([1, 2].map((page) => listActivity({ limit: 2, page, payload, user: users.editor })))
    expect([...(page1?.rows ?? []), ...(page2?.rows ?? [])].map((row) => row.versionId)).toEqual(all.rows.slice(0, 4).map((row) => row.versionId))
    expect(page2?.totalPages).toBe(Math.ceil(all.totalDocs / 2))
  })

  it('refuses contributors, trainers and partners (403), not a partial log', async () => {
    for (const role of ['contributor', 'trainer', 'partner'] as const) {
      await expect(listActivity({ payload, user: users[role] })).rejects.toMatchObject({ status: 403 })
      expect(await allowed(() => listDraftsAwaitingReview({ payload, user: users[role] }))).toBe(false)
      expect(await allowed(() => listClosingConsultations({ payload, user: users[role] }))).toBe(false)
    }
    await expect(listActivity({ payload, user: null })).rejects.toMatchObject({ status: 403 })
  })
})

describe("the editor's dashboard", () => {
  it("lists contributors' drafts waiting for review until an editor publishes them, and scheduled publishes", async () => {
    const draft = await payload.create({ collection: 'articles', data: { ...fixtures.articles(uniqueLabel('cho-duyet')), _status: 'draft' }, draft: true, ...as('contributor') })
    const editorsDraft = await payload.create({ collection: 'articles', data: { ...fixtures.articles(uniqueLabel('nhap-bien-tap')), _status: 'draft' }, draft: true, ...as('editor') })
    await schedule('articles', draft.id, 3)

    const waiting = await listDraftsAwaitingReview({ payload, user: users.editor })
    const listed = waiting.find((row) => row.docId === draft.id && row.collection === 'articles')
    expect(listed).toMatchObject({ status: 'scheduled', title: draft.title, user: { name: users.contributor.name } })
    expect(waiting.some((row) => row.docId === editorsDraft.id && row.collection === 'articles')).toBe(false)

    const scheduled = await listScheduledPublishes({ payload, user: users.editor })
    expect(scheduled.find((item) => item.docId === draft.id)).toMatchObject({ action: 'publish', collection: 'articles', docUrl: `/admin/collections/articles/${draft.id}`, title: draft.title })

    await payload.update({ collection: 'articles', data: { _status: 'published' }, id: draft.id, ...as('editor') })
    expect((await listDraftsAwaitingReview({ payload, user: users.editor })).some((row) => row.docId === draft.id && row.collection === 'articles')).toBe(false)
  })

  it('lists consultations closing soon with their unreviewed opinions', async () => {
    const nomination = (title: string, extra: Record<string, unknown>) =>
      payload.create({ collection: 'nominations', data: { achievements: 'Thành tích mẫu.', form: 'certificateOfMerit', nomineeName: 'Đỗ Thị Đề Cử', proposingBody: 'UBND tỉnh Thử', status: 'open', title, ...extra }, ...as('editor') })
    const soon = await nomination(uniqueLabel('sap-het-han'), { opensAt: new Date(Date.now() - 12 * DAY).toISOString() })
    const later = await nomination(uniqueLabel('con-lau'), { closesAt: new Date(Date.now() + 60 * DAY).toISOString(), opensAt: new Date().toISOString() })
    const opinion = { address: 'Phường Thử', contact: 'gop.y@example.vn', fullName: 'Người góp ý', stance: 'agree' as const, text: 'Đồng ý.' }
    for (const [index, reviewed] of [false, false, true].entries()) {
      await payload.create({ collection: 'opinions', data: { ...opinion, fullName: `Người ${index}`, nomination: soon.id, reviewed }, overrideAccess: true })
    }
    const closing = await listClosingConsultations({ payload, user: users.editor })
    expect(closing.find((item) => item.id === soon.id)).toMatchObject({ docUrl: `/admin/collections/nominations/${soon.id}`, title: soon.title, unreviewed: 2 })
    expect(closing.some((item) => item.id === later.id)).toBe(false)
  })
})

describe("a trainer's dashboard", () => {
  it('lists only their own courses with download counts, and the draft lessons in them', async () => {
    const other = (await createUsersByRole(payload, 'giang-vien-khac')).trainer
    const mine = await payload.create({ collection: 'courses', data: { ...fixtures.courses(uniqueLabel('khoa-cua-toi')), _status: 'draft' }, draft: true, ...as('trainer') })
    const theirs = await payload.create({ collection: 'courses', data: { ...fixtures.courses(uniqueLabel('khoa-nguoi-khac')), _status: 'published' }, overrideAccess: false, user: other })
    const file = await payload.create({ collection: 'files', data: { title: 'Tài liệu' }, file: pdfUpload(`${uniqueLabel('tai-lieu')}.pdf`), overrideAccess: true })
    const lesson = await payload.create({ collection: 'lessons', data: { _status: 'draft', attachments: [file.id], course: mine.id, title: uniqueLabel('bai-nhap') }, draft: true, ...as('trainer') })
    const day = '2026-01-02'
    await payload.create({ collection: 'downloads', data: { count: 3, course: mine.id, day, kind: 'pack' }, overrideAccess: true })
    await payload.create({ collection: 'downloads', data: { count: 4, course: mine.id, day: '2026-01-03', kind: 'pack' }, overrideAccess: true })
    await payload.create({ collection: 'downloads', data: { count: 5, day, file: file.id, kind: 'file' }, overrideAccess: true })
    await payload.create({ collection: 'downloads', data: { count: 9, course: theirs.id, day, kind: 'pack' }, overrideAccess: true })

    const overview = await trainerOverview({ payload, user: users.trainer })
    const course = overview.courses.find((item) => item.id === mine.id)
    expect(course).toMatchObject({ attachmentDownloads: 5, docUrl: `/admin/collections/courses/${mine.id}`, packDownloads: 7, status: 'draft', title: mine.title })
    expect(overview.courses.some((item) => item.id === theirs.id)).toBe(false)
    expect(overview.draftLessons).toContainEqual(expect.objectContaining({ courseTitle: mine.title, id: lesson.id, title: lesson.title }))
    expect((await trainerOverview({ payload, user: other })).courses.map((item) => item.id)).toEqual([theirs.id])
    await expect(trainerOverview({ payload, user: users.editor })).rejects.toMatchObject({ status: 403 })
  })
})
