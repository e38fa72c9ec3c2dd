import type { Payload } from 'payload'

import { toRichText } from '@/seed/generate/lexical'
import type { User } from '@/payload-types'
import { largePng } from './files'

const DAY = 24 * 60 * 60 * 1000
export const HOSTILE = `<img src=x onerror="alert(1)"> & 'Tên' "lạ"`

/**
 * What the embed and oEmbed tests look at: a published column with eight
 * dated articles (newest first: "Bài 1" … "Bài 8"), one draft and one dated
 * in the future; a draft column; an exemplar with a portrait and a hostile
 * name; a movement translated into English and one that is not.
 */
export const createEmbedFixtures = async (payload: Payload, editor: User, prefix: string) => {
  const as = { overrideAccess: false as const, user: editor }
  const portrait = await payload.create({ collection: 'media', data: { alt: 'Chân dung', credit: 'Báo Thi đua' }, file: await largePng(`${prefix}.png`), overrideAccess: true })
  const column = await payload.create({ collection: 'columns', data: { _status: 'published', cover: portrait.id, description: 'Tin tức thi đua', licence: 'CC BY 4.0', name: `${prefix} chuyên mục` }, ...as })
  const now = Date.now()
  const body = await toRichText({ config: payload.config, paragraphs: ['Nội dung bài <b>đậm</b>.', 'Xem [trang nguồn](https://example.org/nguon).'] })
  const articles = []
  for (let i = 1; i <= 8; i++) {
    articles.push(
      await payload.create({
        collection: 'articles',
        data: { _status: 'published', body, byline: 'Phóng viên A', column: column.id, cover: portrait.id, publishedAt: new Date(now - i * DAY).toISOString(), summary: `Tóm tắt ${i}`, title: `${prefix} Bài ${i}` },
        ...as,
      }),
    )
  }
  const draft = await payload.create({ collection: 'articles', data: { _status: 'draft', column: column.id, publishedAt: new Date(now).toISOString(), title: `${prefix} Bài nháp` }, draft: true, ...as })
  const scheduled = await payload.create({ collection: 'articles', data: { _status: 'published', column: column.id, publishedAt: new Date(now + 2 * DAY).toISOString(), title: `${prefix} Bài hẹn giờ` }, ...as })
  const draftColumn = await payload.create({ collection: 'columns', data: { _status: 'draft', name: `${prefix} chuyên mục nháp` }, draft: true, ...as })
  const exemplar = await payload.create({
    collection: 'exemplars',
    data: { _status: 'published', achievements: [{ text: 'Chiến sĩ thi đua', year: 2024 }], kind: 'individual', name: `${prefix} ${HOSTILE}`, portrait: portrait.id, stage: 'nurtured', summary: 'Tấm gương sáng' },
    ...as,
  })
  const movement = await payload.create({
    collection: 'movements',
    data: { _status: 'published', level: 'national', name: `${prefix} phong trào`, objectives: [{ text: 'Mục tiêu một' }], period: { start: '2025-01-01T00:00:00.000Z' }, slogan: 'Thi đua là yêu nước', type: 'thematic' },
    ...as,
  })
  await payload.update({ collection: 'movements', data: { name: `${prefix} movement`, objectives: (movement.objectives ?? []).map((o) => ({ id: o.id, text: 'Objective one' })), slogan: 'Emulation is patriotism' }, id: movement.id, locale: 'en', ...as })
  const untranslated = await payload.create({ collection: 'movements', data: { _status: 'published', level: 'provincial', name: `${prefix} phong trào chưa dịch`, period: { start: '2025-02-01T00:00:00.000Z' }, type: 'annual' }, ...as })
  return { articles, column, draft, draftColumn, exemplar, movement, portrait, scheduled, untranslated }
}
