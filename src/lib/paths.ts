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
