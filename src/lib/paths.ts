/** Public URL paths, one place, used by pages, search, sitemap and (later) feeds. */
export const sitePaths = {
  article: (columnSlug: string, slug: string) => `/chuyen-muc/${columnSlug}/${slug}`,
  award: (slug: string) => `/khen-thuong/${slug}`,
  awards: '/khen-thuong',
  column: (slug: string) => `/chuyen-muc/${slug}`,
  columns: '/chuyen-muc',
  course: (slug: string) => `/dao-tao/${slug}`,
  courses: '/dao-tao',
  document: (slug: string) => `/van-ban/${slug}`,
  documents: '/van-ban',
  exemplar: (slug: string) => `/guong-dien-hinh/${slug}`,
  exemplars: '/guong-dien-hinh',
  home: '/',
  lesson: (courseSlug: string, slug: string) => `/dao-tao/${courseSlug}/${slug}`,
  movement: (slug: string) => `/phong-trao/${slug}`,
  movements: '/phong-trao',
  search: '/tim-kiem',
} as const

export const siteUrl = (): string => (process.env.NEXT_PUBLIC_SERVER_URL ?? 'http://localhost:3000').replace(/\/$/, '')

const slugOf = (value: unknown): string => (value && typeof value === 'object' && 'slug' in value ? String((value as { slug: unknown }).slug ?? '') : '')

/**
 * The public path of a document. Articles and lessons need their column or
 * course populated (depth ≥ 1) to know it.
 */
export const publicPathFor = (collection: string, doc: Record<string, unknown>): string => {
  const slug = String(doc.slug ?? '')
  switch (collection) {
    case 'articles':
      return sitePaths.article(slugOf(doc.column), slug)
    case 'lessons':
      return sitePaths.lesson(slugOf(doc.course), slug)
    case 'awards':
      return sitePaths.award(slug)
    case 'documents':
      return sitePaths.document(slug)
    case 'movements':
      return sitePaths.movement(slug)
    case 'columns':
      return sitePaths.column(slug)
    case 'courses':
      return sitePaths.course(slug)
    default:
      return sitePaths.exemplar(slug)
  }
}
