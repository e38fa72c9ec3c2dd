import { dictionary, localeOf } from '@/i18n'
import { OG_CONTENT_TYPE, OG_SIZE, renderOgImage } from '@/lib/seo/ogImage'
import { getArticle } from '@/columns/queries'

export const alt = 'Bài viết'
export const size = OG_SIZE
export const contentType = OG_CONTENT_TYPE

const Image = async ({ params }: { params: Promise<{ article: string; column: string; locale: string }> }) => {
  const { article, column } = await params
  const locale = await localeOf(params)
  const t = dictionary(locale).columns
  const found = await getArticle(column, article, locale)
  return renderOgImage({ eyebrow: found?.column.name ?? t.title, subtitle: found?.article.byline, title: found?.article.title ?? t.article })
}

export default Image
