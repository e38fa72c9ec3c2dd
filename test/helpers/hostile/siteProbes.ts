import { get, post, type Probe } from './send'
import { NUMBERS, RAW_VALUES, TEXT_VALUES, URL_VALUES, XSS } from './values'

/** Real documents to hang hostile suffixes and parameters on (found on the site under test). */
export type SiteTarget = { article: string; column: string; course: string; exemplar: string; lesson: string; mediaFile: string; movement: string; nomination: string }

/** One path segment per hostile value: markup, traversal (plain and encoded), NUL, broken escapes, invalid UTF-8, huge numbers. */
const SEGMENTS = [...URL_VALUES, ...NUMBERS, '..', '.', '..%2f..%2f..%2fetc%2fpasswd', '%2e%2e', '..;', 'a%00b']

const LISTINGS = ['/guong-dien-hinh', '/phong-trao', '/khen-thuong', '/van-ban', '/dao-tao']

/** Home, listings with junk filters, search, consultations and training, in both languages. */
export const pageProbes = (t: SiteTarget): Probe[] => [
  ...URL_VALUES.map((v) => get('search', 'q', `/tim-kiem?q=${v}`)),
  ...[...XSS, "' OR 1=1--", '(?:', '.*'].map((v) => get('search', 'q (English)', `/en/tim-kiem?q=${encodeURIComponent(v)}`)),
  ...[...NUMBERS, encodeURIComponent(XSS[0])].flatMap((v) => [get('search', 'page', `/tim-kiem?q=thi&trang=${v}`), get('search', 'kind', `/tim-kiem?q=thi&loai=${v}`)]),
  get('search', 'q repeated 50 times', `/tim-kiem?${Array.from({ length: 50 }, () => `q=${encodeURIComponent(XSS[0])}`).join('&')}`),
  ...LISTINGS.flatMap((listing) => [
    ...[...XSS, "' OR 1=1--", '%', '_', '\\', '.*'].map((v) => get('listings', `${listing} filters`, `${listing}?tinh=${encodeURIComponent(v)}&nam=${encodeURIComponent(v)}&ten=${encodeURIComponent(v)}&loai=${encodeURIComponent(v)}`)),
    ...['1e309', '-1', '99999999999999999999'].map((n) => get('listings', `${listing} page/year`, `${listing}?trang=${n}&nam=${n}`)),
    ...RAW_VALUES.slice(0, 6).map((v) => get('listings', `${listing} raw`, `${listing}?tinh=${v}&ten=${v}`)),
    get('listings', `${listing}/loc junk`, `${listing}/loc/${encodeURIComponent(`tinh=${XSS[0]}&trang=1e309`)}`),
    get('listings', `${listing} English`, `/en${listing}?tinh=${encodeURIComponent(XSS[1])}&trang=-1`),
  ]),
  get('pages', 'home with junk', `/?q=${encodeURIComponent(XSS[0])}&${'a'.repeat(3000)}=1`),
  get('pages', 'home English with junk', `/en?x=${encodeURIComponent(XSS[1])}`),
  ...SEGMENTS.flatMap((s) => [
    get('detail pages', 'exemplar slug', `/guong-dien-hinh/${s}`),
    get('detail pages', 'article slug', `/chuyen-muc/${t.column}/${s}`),
    get('detail pages', 'lesson slug', `/dao-tao/${t.course}/${s}`),
    get('detail pages', 'consultation slug', `/lay-y-kien/${s}`),
  ]),
  ...SEGMENTS.slice(0, 14).flatMap((s) => [
    get('detail pages', 'movement slug', `/phong-trao/${s}`),
    get('detail pages', 'award slug', `/khen-thuong/${s}`),
    get('detail pages', 'document slug', `/van-ban/${s}`),
    get('detail pages', 'column slug', `/chuyen-muc/${s}`),
    get('detail pages', 'course slug', `/dao-tao/${s}`),
    get('detail pages', 'English exemplar', `/en/guong-dien-hinh/${s}`),
    get('training', 'download id', `/dao-tao/tai-ve/${s}`),
    get('training', 'preview token', `/dao-tao/xem-truoc/${s}`),
    get('training', 'preview lesson', `/dao-tao/xem-truoc/${s}/${t.lesson}`),
  ]),
  ...[t.exemplar, `${t.column}/${t.article}`, `${t.course}/${t.lesson}`].map((p, i) => get('detail pages', 'real page with junk query', `/${['guong-dien-hinh', 'chuyen-muc', 'dao-tao'][i]}/${p}?x=${encodeURIComponent(XSS[0])}&trang=1e309`)),
  get('training', 'slides with junk', `/dao-tao/${t.course}/${t.lesson}/trinh-chieu?slide=${encodeURIComponent(XSS[0])}`),
  get('training', 'course pack with junk', `/dao-tao/${t.course}/goi-tai-lieu.zip?x=%FF`),
  get('pages', 'consultation with junk', `/lay-y-kien/${t.nomination}?x=${encodeURIComponent(XSS[1])}`),
  get('pages', 'consultation sent page', `/lay-y-kien/da-gui?ten=${encodeURIComponent(XSS[0])}`),
  ...['du-lieu.csv', 'du-lieu.json'].flatMap((file) => [...XSS, '1e309', '%FF'].map((v) => get('pages', `award register ${file}`, `/khen-thuong/${file}?nam=${v.startsWith('%') ? v : encodeURIComponent(v)}&ten=${encodeURIComponent(XSS[0])}`))),
  get('pages', 'partners page with junk', `/doi-tac?x=${encodeURIComponent(XSS[0])}`),
  get('pages', 'internal /vi path', `/vi/${encodeURIComponent(XSS[0])}`),
  get('pages', 'preview switch with junk', `/preview?slug=${encodeURIComponent(XSS[0])}&collection=${encodeURIComponent('../../etc')}`),
]

/** Feeds, embeds, the embed loader and the image optimizer. */
export const syndicationProbes = (t: SiteTarget): Probe[] => [
  ...SEGMENTS.flatMap((s) => [get('feeds', 'feed name', `/feeds/${s}/rss.xml`), get('feeds', 'column feed', `/feeds/chuyen-muc/${s}/atom.xml`), get('feeds', 'file name', `/feeds/guong-dien-hinh/${s}`)]),
  ...[...XSS, '1e309', '-1'].map((v) => get('feeds', 'junk query', `/feeds/bai-viet/feed.json?limit=${encodeURIComponent(v)}&page=${encodeURIComponent(v)}`)),
  ...SEGMENTS.flatMap((s) => [get('embeds', 'exemplar', `/embed/guong-dien-hinh/${s}`), get('embeds', 'article', `/embed/chuyen-muc/${t.column}/${s}`), get('embeds', 'section', `/embed/${s}`)]),
  ...['lang', 'theme', 'variant', 'n'].flatMap((name) => [...XSS, "' OR 1=1--", '1e309', '-1', '%FF'].map((v) => get('embeds', `option ${name}`, `/embed/guong-dien-hinh/${t.exemplar}?${name}=${v.startsWith('%') ? v : encodeURIComponent(v)}`))),
  ...[...XSS, '%FF', '../'].map((v) => get('embed.js', 'junk query', `/embed.js?v=${v.startsWith('%') ? v : encodeURIComponent(v)}`)),
  get('embed.js', 'junk If-None-Match', '/embed.js', { 'if-none-match': `"${XSS[0]}", W/"${'x'.repeat(4000)}"` }),
  get('embed.js', 'traversal after it', '/embed.js/..%2f..%2fpackage.json'),
  ...[
    `/api/media/file/${t.mediaFile}${encodeURIComponent('<script>')}`,
    `/api/media/file/${t.mediaFile}%00.png`,
    '/api/media/file/khong-co-tep.png',
    '/api/media/file/..%2f..%2fpackage.json',
    '/api/media/file/%C3%28.png',
    '/etc/passwd',
    'file:///etc/passwd',
    'http://169.254.169.254/latest/meta-data/',
    `javascript:alert(1)`,
    XSS[0],
  ].flatMap((url) => ['64', '1e309', '-1'].map((w) => get('image optimizer', `url ${url.slice(0, 30)} w=${w}`, `/_next/image?url=${encodeURIComponent(url)}&w=${w}&q=75`))),
  ...[...NUMBERS, encodeURIComponent(XSS[0])].map((q) => get('image optimizer', `quality ${q}`, `/_next/image?url=${encodeURIComponent(`/api/media/file/${t.mediaFile}`)}&w=64&q=${q}`)),
  ...[...TEXT_VALUES.slice(0, 6)].map((v) => get('health', 'junk query', `/api/health?check=${encodeURIComponent(v)}`)),
  get('health', 'readiness with junk', `/api/health/ready?x=${encodeURIComponent(XSS[0])}`),
  post('health', 'POST junk', '/api/health', '{'),
  get('health', 'traversal', '/api/health/..%2f..%2f..%2fetc%2fpasswd'),
]
