import type { Payload } from 'payload'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import { parseExemplarFilters } from '@/exemplars/filters'
import { getTestPayload } from '../helpers/payload'
import { createUsersByRole, type UsersByRole } from '../helpers/users'

/** Tags Next would purge; the cache itself is made transparent so queries hit the database. */
const purged: string[] = []
vi.mock('next/cache', () => ({
  revalidateTag: (tag: string) => {
    purged.push(tag)
  },
  unstable_cache: <T>(fn: T) => fn,
}))

let payload: Payload
let users: UsersByRole
let q: {
  awards: typeof import('@/register/queries')
  columns: typeof import('@/columns/queries')
  movements: typeof import('@/movements/queries')
  exemplars: typeof import('@/exemplars/queries')
  sitemap: typeof import('@/lib/seo/sitemap')
  translation: typeof import('@/lib/queries/translation')
}

beforeAll(async () => {
  payload = await getTestPayload()
  users = await createUsersByRole(payload, 'site')
  q = {
    awards: await import('@/register/queries'),
    columns: await import('@/columns/queries'),
    exemplars: await import('@/exemplars/queries'),
    movements: await import('@/movements/queries'),
    sitemap: await import('@/lib/seo/sitemap'),
    translation: await import('@/lib/queries/translation'),
  }
})
beforeEach(() => {
  purged.length = 0
})

const asEditor = () => ({ overrideAccess: false as const, user: users.editor })

describe('site queries read published documents only', () => {
  it('listings, pages and the sitemap leave drafts out', async () => {
    const province = await payload.create({ collection: 'provinces', data: { code: '99', kind: 'province', name: 'Tỉnh Thử Nghiệm' }, overrideAccess: true })
    const published = await payload.create({ collection: 'exemplars', data: { _status: 'published', kind: 'individual', name: 'Người công khai', province: province.id, stage: 'nurtured' }, ...asEditor() })
    const draft = await payload.create({ collection: 'exemplars', data: { _status: 'draft', kind: 'individual', name: 'Người chưa duyệt', province: province.id, stage: 'nurtured' }, draft: true, ...asEditor() })
    const list = await q.exemplars.listExemplars(parseExemplarFilters({ tinh: province.slug ?? '' }), 'vi')
    expect(list.docs.map((d) => d.id)).toEqual([published.id])
    expect(await q.exemplars.getExemplar(draft.slug ?? '', 'vi')).toBeNull()
    expect((await q.exemplars.getExemplar(published.slug ?? '', 'vi'))?.name).toBe('Người công khai')
    const paths = (await q.sitemap.listSitemapEntries()).map((e) => e.path)
    expect(paths).toContain(`/guong-dien-hinh/${published.slug}`)
    expect(paths).not.toContain(`/guong-dien-hinh/${draft.slug}`)
  })

  it('an exemplar page lists only its published awards', async () => {
    const exemplar = await payload.create({ collection: 'exemplars', data: { _status: 'published', kind: 'collective', name: 'Tập thể có khen thưởng', stage: 'replicated' }, ...asEditor() })
    const base = { decisionDate: '2025-01-02T00:00:00.000Z', form: 'certificateOfMerit' as const, issuer: 'UBND tỉnh', recipients: [exemplar.id] }
    await payload.create({ collection: 'awards', data: { ...base, _status: 'published', awardTitle: 'Bằng khen công khai', decisionNumber: '1/QĐ-UBND' }, ...asEditor() })
    await payload.create({ collection: 'awards', data: { ...base, _status: 'draft', awardTitle: 'Bằng khen đang trình', decisionNumber: '2/QĐ-UBND' }, draft: true, ...asEditor() })
    const page = await q.exemplars.getExemplar(exemplar.slug ?? '', 'vi')
    const titles = (page?.awards?.docs ?? []).map((a) => (typeof a === 'object' ? a.awardTitle : a))
    expect(titles).toEqual(['Bằng khen công khai'])
  })

  it('a movement page shows its published exemplars and news', async () => {
    const movement = await payload.create({ collection: 'movements', data: { _status: 'published', level: 'provincial', name: 'Phong trào có điển hình', period: { start: '2025-01-01T00:00:00.000Z' }, type: 'periodic' }, ...asEditor() })
    await payload.create({ collection: 'exemplars', data: { _status: 'published', kind: 'individual', name: 'Điển hình của phong trào', relatedMovements: [movement.id], stage: 'nurtured', yearRecognized: 2025 }, ...asEditor() })
    await payload.create({ collection: 'exemplars', data: { _status: 'draft', kind: 'individual', name: 'Điển hình chưa duyệt', relatedMovements: [movement.id], stage: 'nurtured' }, draft: true, ...asEditor() })
    const column = await payload.create({ collection: 'columns', data: { _status: 'published', name: 'Tin phong trào' }, ...asEditor() })
    await payload.create({ collection: 'articles', data: { _status: 'published', column: column.id, relatedMovements: [movement.id], title: 'Tin về phong trào' }, ...asEditor() })
    const page = await q.movements.getMovement(movement.slug ?? '', 'vi')
    expect((page?.exemplars?.docs ?? []).map((e) => (typeof e === 'object' ? e.name : e))).toEqual(['Điển hình của phong trào'])
    expect((page?.news?.docs ?? []).map((a) => (typeof a === 'object' ? a.title : a))).toEqual(['Tin về phong trào'])
  })

  it('an article is found only under its own column', async () => {
    const column = await payload.create({ collection: 'columns', data: { _status: 'published', name: 'Gương sáng' }, ...asEditor() })
    const other = await payload.create({ collection: 'columns', data: { _status: 'published', name: 'Chính sách' }, ...asEditor() })
    const article = await payload.create({ collection: 'articles', data: { _status: 'published', column: column.id, title: 'Bài thuộc cột Gương sáng' }, ...asEditor() })
    expect(await q.columns.getArticle(column.slug ?? '', article.slug ?? '', 'vi')).not.toBeNull()
    expect(await q.columns.getArticle(other.slug ?? '', article.slug ?? '', 'vi')).toBeNull()
  })

  it('unknown filter values and slugs give empty results, not errors', async () => {
    const list = await q.exemplars.listExemplars(parseExemplarFilters({ nganh: 'khong-ton-tai', trang: '-4' }), 'vi')
    expect(list.totalDocs).toBe(0)
    const awards = await q.awards.listAwards({ page: 1, province: 'khong-co' }, 'vi')
    expect(awards.totalDocs).toBe(0)
    expect(await q.awards.getAward("'; select 1; --", 'vi')).toBeNull()
    // Ids a database cannot hold (PostgreSQL's are 4-byte integers) are misses too, never a 500.
    for (const id of ['1.5', '-3', '99999999999', '1e3']) expect(await q.awards.getAward(id, 'vi'), id).toBeNull()
  })
})

describe('the English mirror', () => {
  it('reads English where it exists, falls back to Vietnamese, and says which', async () => {
    const doc = await payload.create({ collection: 'exemplars', data: { _status: 'published', kind: 'individual', name: 'Nguyễn Thị Song Ngữ', stage: 'discovered', summary: 'Tóm tắt tiếng Việt' }, ...asEditor() })
    expect((await q.exemplars.getExemplar(doc.slug ?? '', 'en'))?.summary).toBe('Tóm tắt tiếng Việt')
    expect(await q.translation.isTranslated({ collection: 'exemplars', id: doc.id, locale: 'en' })).toBe(false)
    expect(await q.translation.isTranslated({ collection: 'exemplars', id: doc.id, locale: 'vi' })).toBe(true)

    await payload.update({ collection: 'exemplars', data: { name: 'Nguyễn Thị Song Ngữ', summary: 'English summary' }, id: doc.id, locale: 'en', ...asEditor() })
    const english = await q.exemplars.getExemplar(doc.slug ?? '', 'en')
    expect(english?.summary).toBe('English summary')
    expect(english?.slug).toBe(doc.slug)
    expect((await q.exemplars.getExemplar(doc.slug ?? '', 'vi'))?.summary).toBe('Tóm tắt tiếng Việt')
    expect(await q.translation.isTranslated({ collection: 'exemplars', id: doc.id, locale: 'en' })).toBe(true)
  })

  it('never reports a draft translation as published text', async () => {
    const doc = await payload.create({ collection: 'articles', data: { _status: 'published', column: (await payload.create({ collection: 'columns', data: { _status: 'published', name: 'Cột song ngữ' }, ...asEditor() })).id, title: 'Bài tiếng Việt' }, ...asEditor() })
    await payload.update({ collection: 'articles', data: { title: 'Draft English title' }, draft: true, id: doc.id, locale: 'en', ...asEditor() })
    expect(await q.translation.isTranslated({ collection: 'articles', id: doc.id, locale: 'en' })).toBe(false)
    const column = (await q.columns.getArticle('cot-song-ngu', doc.slug ?? '', 'en'))?.article
    expect(column?.title).toBe('Bài tiếng Việt')
  })
})

describe('publishing purges exactly the tags readers depend on', () => {
  it('publish, edit a draft, and unpublish', async () => {
    const doc = await payload.create({ collection: 'exemplars', data: { _status: 'draft', kind: 'individual', name: 'Người mới', stage: 'discovered' }, draft: true, ...asEditor() })
    expect(purged.filter((t) => t.includes('exemplars'))).toEqual([])

    await payload.update({ collection: 'exemplars', data: { _status: 'published' }, id: doc.id, ...asEditor() })
    expect(purged).toEqual(expect.arrayContaining(['collection:exemplars', `doc:exemplars:${doc.id}`, `doc:exemplars:${doc.slug}`, 'collection:search']))

    purged.length = 0
    await payload.update({ collection: 'exemplars', data: { _status: 'draft' }, id: doc.id, ...asEditor() })
    expect(purged).toEqual(expect.arrayContaining(['collection:exemplars', `doc:exemplars:${doc.slug}`]))
  })

  it('site settings purge their global tag', async () => {
    await payload.updateGlobal({ data: { tagline: 'Khẩu hiệu mới' }, overrideAccess: false, slug: 'site-settings', user: users.admin })
    expect(purged).toContain('global:site-settings')
  })
})
