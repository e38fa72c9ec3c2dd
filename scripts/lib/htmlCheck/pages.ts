import { detailLink, nestedLink, openSite, type Site } from './site'

/** One kind of public page and how to reach a real one on a running site (a seeded slug found from its listing). */
export type PageType = { name: string; path: (site: Site) => Promise<string>; status?: number }

/** A page to check: its type, its path and the HTTP status it must answer with; `missing` says why none was found. */
export type PageToCheck = { missing?: string; name: string; path: string; status: number }

const fixed =
  (path: string) =>
  async (): Promise<string> =>
    path

const filtered = (listing: string, param: string) => async (site: Site) => `${listing}?${param}=${encodeURIComponent(await site.firstOption(listing, param))}`

const column = (site: Site) => site.firstLink('/chuyen-muc', detailLink('/chuyen-muc'))
const course = (site: Site) => site.firstLink('/dao-tao', detailLink('/dao-tao'))
const lesson = async (site: Site) => site.firstLink(await course(site), nestedLink('/dao-tao'))
const exemplar = (site: Site) => site.firstLink('/guong-dien-hinh', detailLink('/guong-dien-hinh'))
const movement = (site: Site) => site.firstLink('/phong-trao', detailLink('/phong-trao'))

/** Every page type the site has: each listing, each filtered listing, each detail, the 404 and the embeds. */
export const PAGE_TYPES: readonly PageType[] = [
  { name: 'home', path: fixed('/') },
  { name: 'home (English)', path: fixed('/en') },
  { name: 'exemplars', path: fixed('/guong-dien-hinh') },
  { name: 'exemplars, filtered', path: filtered('/guong-dien-hinh', 'loai') },
  { name: 'exemplar', path: exemplar },
  { name: 'exemplar (English)', path: async (site) => `/en${await exemplar(site)}` },
  { name: 'movements', path: fixed('/phong-trao') },
  { name: 'movements, filtered', path: filtered('/phong-trao', 'trang-thai') },
  { name: 'movement', path: movement },
  { name: 'awards', path: fixed('/khen-thuong') },
  { name: 'awards, filtered', path: filtered('/khen-thuong', 'hinh-thuc') },
  { name: 'award', path: (site) => site.firstLink('/khen-thuong', detailLink('/khen-thuong')) },
  { name: 'consultations', path: fixed('/lay-y-kien') },
  { name: 'consultation', path: (site) => site.firstLink('/lay-y-kien', detailLink('/lay-y-kien')) },
  { name: 'consultation (English)', path: async (site) => site.firstLink('/en/lay-y-kien', detailLink('/en/lay-y-kien')) },
  { name: 'opinion sent', path: fixed('/lay-y-kien/da-gui') },
  { name: 'columns', path: fixed('/chuyen-muc') },
  { name: 'column', path: column },
  { name: 'article', path: async (site) => site.firstLink(await column(site), nestedLink('/chuyen-muc')) },
  { name: 'documents', path: fixed('/van-ban') },
  { name: 'documents, filtered', path: filtered('/van-ban', 'loai') },
  { name: 'document', path: (site) => site.firstLink('/van-ban', detailLink('/van-ban')) },
  { name: 'courses', path: fixed('/dao-tao') },
  { name: 'courses, filtered', path: filtered('/dao-tao', 'doi-tuong') },
  { name: 'course', path: course },
  { name: 'lesson', path: lesson },
  { name: 'lesson slideshow', path: async (site) => `${await lesson(site)}/trinh-chieu` },
  { name: 'statistics', path: fixed('/thong-ke') },
  { name: 'statistics, filtered', path: filtered('/thong-ke', 'tinh') },
  { name: 'statistics (English)', path: fixed('/en/thong-ke') },
  { name: 'search', path: fixed('/tim-kiem?q=thi+%C4%91ua') },
  { name: 'search, no query', path: fixed('/tim-kiem') },
  { name: 'partners', path: fixed('/doi-tac') },
  { name: 'not found', path: fixed('/khong-co-trang-nay'), status: 404 },
  { name: 'not found (English)', path: fixed('/en/khong-co-trang-nay'), status: 404 },
  { name: 'missing exemplar', path: fixed('/guong-dien-hinh/khong-co-guong-nay'), status: 404 },
  { name: 'embed: column', path: async (site) => `/embed${await column(site)}?n=3` },
  { name: 'embed: article', path: async (site) => `/embed${await site.firstLink(await column(site), nestedLink('/chuyen-muc'))}` },
  { name: 'embed: exemplar', path: async (site) => `/embed${await exemplar(site)}` },
  { name: 'embed: exemplar, compact, English', path: async (site) => `/embed${await exemplar(site)}?variant=compact&lang=en` },
  { name: 'embed: movement', path: async (site) => `/embed${await movement(site)}` },
  { name: 'embed: statistics chart', path: fixed('/embed/thong-ke/theo-nam') },
]

/** The month view of the events calendar: a month the listing links to, else this month in Vietnam. */
const eventsMonth = (site: Site) =>
  site.firstLink('/su-kien', /href="(\/su-kien\/thang\/\d{4}-\d{2})"/).catch(() => `/su-kien/thang/${new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' }).slice(0, 7)}`)
const cluster = (site: Site) => site.firstLink('/cum-khoi', detailLink('/cum-khoi'))

/** The office's calendar, procedures and clusters (issue 16). */
export const CALENDAR_PAGE_TYPES: readonly PageType[] = [
  { name: 'events', path: fixed('/su-kien') },
  { name: 'events, filtered', path: filtered('/su-kien', 'loai') },
  { name: 'events, one month', path: eventsMonth },
  { name: 'event', path: (site) => site.firstLink('/su-kien', detailLink('/su-kien')) },
  { name: 'embed: events', path: fixed('/embed/su-kien') },
  { name: 'embed: consultations', path: fixed('/embed/lay-y-kien') },
  { name: 'procedures', path: fixed('/thu-tuc') },
  { name: 'procedures, filtered', path: filtered('/thu-tuc', 'cap') },
  { name: 'procedure', path: (site) => site.firstLink('/thu-tuc', detailLink('/thu-tuc')) },
  { name: 'clusters', path: fixed('/cum-khoi') },
  { name: 'cluster', path: cluster },
  { name: 'cluster, one year', path: async (site) => site.firstLink(await cluster(site), /href="(\/cum-khoi\/[a-z0-9-]+\/\d{4})"/) },
]

/** The page types the tests check (test/e2e/html-validity and accessibility). */
export const ACTIVE_PAGE_TYPES: readonly PageType[] = [...PAGE_TYPES, ...CALENDAR_PAGE_TYPES]

/** One real page per type on the site at `baseUrl`; a type whose page cannot be found comes back `missing` (a failure too). */
export const discoverPages = async (baseUrl: string, types: readonly PageType[] = ACTIVE_PAGE_TYPES): Promise<PageToCheck[]> => {
  const site = openSite(baseUrl)
  const pages: PageToCheck[] = []
  for (const type of types) {
    const status = type.status ?? 200
    try {
      pages.push({ name: type.name, path: await type.path(site), status })
    } catch (error) {
      pages.push({ missing: error instanceof Error ? error.message : String(error), name: type.name, path: '', status })
    }
  }
  return pages
}
