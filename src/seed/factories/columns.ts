import { articles } from '../data/articles'
import { columns } from '../data/columns'
import { vietnamMidnight } from '@/lib/dates/format'
import { toRichText } from '../generate/lexical'
import { createIllustration } from './media'
import { findIdBy, publishState, resolve, resolveOne, seedOptions, type SeedContext, upsertEach } from '../context'

export const seedColumns = ({ payload, refs }: SeedContext) =>
  upsertEach({
    items: columns,
    map: refs.columns,
    findExisting: (c) => findIdBy({ collection: 'columns', field: 'slug', payload, value: c.key }),
    create: async (c) => {
      const cover = await createIllustration({ alt: `Ảnh minh họa chuyên mục “${c.name}”`, key: `chuyen-muc-${c.key}`, kind: 'cover', payload })
      const doc = await payload.create({
        collection: 'columns',
        data: { ...publishState(), attribution: c.attribution, cover, description: c.description, licence: c.licence, name: c.name, order: c.order, slug: c.key },
        ...seedOptions,
      })
      return doc.id
    },
  })

export const seedArticles = ({ payload, refs }: SeedContext) =>
  upsertEach({
    items: articles,
    map: new Map(),
    findExisting: (a) => findIdBy({ collection: 'articles', field: 'slug', payload, value: a.key }),
    create: async (a) => {
      const cover = await createIllustration({ alt: `Ảnh minh họa bài viết “${a.title}”`, key: `bai-viet-${a.key}`, kind: 'cover', payload })
      const doc = await payload.create({
        collection: 'articles',
        data: {
          ...publishState(a.draft),
          author: resolveOne(refs.users, 'editor', 'user'),
          body: await toRichText({ config: payload.config, paragraphs: a.body }),
          byline: a.byline,
          column: resolve(refs.columns, [a.columnKey], 'column')[0],
          cover,
          publishedAt: vietnamMidnight(a.publishedAt),
          relatedExemplars: resolve(refs.exemplars, a.exemplarKeys, 'exemplar'),
          relatedMovements: resolve(refs.movements, a.movementKeys, 'movement'),
          slug: a.key,
          summary: a.summary,
          tags: a.tags,
          title: a.title,
        },
        draft: a.draft,
        ...seedOptions,
      })
      return doc.id
    },
  })
