import { OG_CONTENT_TYPE, OG_SIZE, renderOgImage } from '../../../../../lib/og/renderOgImage'
import { getArticle } from '../../../../../lib/queries/columns'

export const alt = 'Bài viết'
export const size = OG_SIZE
export const contentType = OG_CONTENT_TYPE

const Image = async ({ params }: { params: Promise<{ article: string; column: string }> }) => {
  const { article, column } = await params
  const found = await getArticle(column, article)
  return renderOgImage({ eyebrow: found?.column.name ?? 'Chuyên mục', subtitle: found?.article.byline, title: found?.article.title ?? 'Bài viết' })
}

export default Image
