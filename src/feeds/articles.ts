import { dictionary } from '@/i18n'
import { richTextToHtml } from '@/lib/html/richTextHtml'
import { sitePaths } from '@/lib/urls/sitePaths'
import { readFeedArticles, readFeedColumn, readFeedSettings } from './queries'
import { columnRights, feedDocument, sameRights, siteRights } from './channel'
import { absoluteUrl, authorsOf, categoriesOf, entryId, imageOf, laterOf, paragraph } from './items'
import type { FeedDocument, FeedEntry, FeedRights } from './model'

const words = dictionary('vi')

/**
 * All published articles (`bai-viet`), or one column's (`chuyen-muc/<slug>`).
 * `asOf` is the cut-off for publish dates; `null` for an unknown or
 * unpublished column.
 */
export const buildArticlesFeed = async ({ asOf, columnSlug }: { asOf: string; columnSlug?: string }): Promise<FeedDocument | null> => {
  const [settings, column] = await Promise.all([readFeedSettings(), columnSlug ? readFeedColumn(columnSlug) : null])
  if (columnSlug && !column) return null
  const rights: FeedRights = column ? columnRights(column, settings) : siteRights(settings)
  const articles = await readFeedArticles({ asOf, column: column?.id })
  const entries = articles.flatMap((article): FeedEntry[] => {
    const home = typeof article.column === 'object' ? article.column : null
    // An article whose column is unpublished has no public page.
    if (!home?.slug || !article.slug) return []
    const ownRights = columnRights(home, settings)
    return [
      {
        authors: authorsOf(article.byline),
        categories: categoriesOf([home.name, ...(article.tags ?? [])]),
        contentHtml: richTextToHtml(article.body) || paragraph(article.summary),
        id: entryId('articles', article.id),
        image: imageOf(article.cover),
        link: absoluteUrl(sitePaths.article(home.slug, article.slug)),
        published: article.publishedAt ?? article.updatedAt,
        rights: sameRights(ownRights, rights) ? undefined : ownRights,
        summary: article.summary ?? '',
        title: article.title,
        // A post-dated article appears when its date comes, so that date counts as a change.
        updated: laterOf(article.updatedAt, article.publishedAt),
      },
    ]
  })
  return feedDocument({
    also: [column?.updatedAt],
    description: column ? (column.description ?? '') : words.columns.description,
    entries,
    name: column ? `chuyen-muc/${column.slug}` : 'bai-viet',
    rights,
    settings,
    sitePath: column ? sitePaths.column(column.slug ?? '') : sitePaths.columns,
    title: column ? column.name : words.columns.article,
  })
}
