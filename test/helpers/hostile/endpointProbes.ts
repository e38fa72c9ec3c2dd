import type { ApiTarget } from './apiProbes'
import { get, post, type Probe } from './send'
import { BAD_JSON_BODIES, BAD_MULTIPART, hugeBody, NUMBERS, RAW_VALUES, URL_VALUES, XSS } from './values'

/** Operators and junk in the login fields; unknown accounts only, so no real account gets locked. */
export const loginProbes = (): Probe[] => {
  const email = 'khong-co-tai-khoan@thidua.test'
  const bodies: [string, unknown][] = [
    ['$ne operator', { email: { $ne: null }, password: { $ne: null } }],
    ['equals operator', { email: { equals: email }, password: 'x' }],
    ['like operator', { email: { like: '%' }, password: 'x' }],
    ['array email', { email: [email, email], password: 'x' }],
    ['regex email', { email: '.*', password: '.*' }],
    ['markup email', { email: XSS[0], password: 'x' }],
  ]
  return [
    ...bodies.map(([label, body]) => post('login', label, '/api/users/login', JSON.stringify(body))),
    ...BAD_JSON_BODIES.map(([label, body]) => post('login', label, '/api/users/login', body)),
    post('login', 'several MB', '/api/users/login', hugeBody()),
    post('login', 'form encoded', '/api/users/login', 'email[$ne]=1&password[$ne]=1', { 'content-type': 'application/x-www-form-urlencoded' }),
    post('login', 'forgot-password with operators', '/api/users/forgot-password', JSON.stringify({ email: { $ne: null } })),
  ]
}

/**
 * The public opinion form, as JSON and as a browser form post (which answers
 * with a page). Each probe names its own client in X-Forwarded-For: where a
 * trusted proxy stands in front (the test API server), each gets past the
 * per-address limit to the parsing; elsewhere the header is ignored and most
 * get 429, which is a fine answer too.
 */
export const opinionProbes = ({ nominationId }: ApiTarget): Probe[] => {
  const path = `/api/nominations/${nominationId}/opinions`
  const asPage = { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' }
  return [
    ...BAD_JSON_BODIES.map(([label, body]) => post('opinions', label, path, body)),
    post('opinions', 'several MB', path, hugeBody()),
    post('opinions', 'markup in every field', path, JSON.stringify({ content: XSS[0], email: XSS[1], fullName: XSS[0], stance: XSS[2] })),
    // An unknown stance, so it is never stored on the demo site (with a known one PostgreSQL stores it: 201).
    post('opinions', 'NUL in otherwise good fields', path, JSON.stringify({ address: 'Phường\u0000Một', contact: 'nul\u0000@example.vn', fullName: 'Người\u0000Thử', stance: 'khong-ro', text: 'Ý kiến\u0000có ký tự NUL.' })),
    post('opinions', 'operators in fields', path, JSON.stringify({ content: { $ne: null }, email: { equals: 'a' }, stance: ['support'] })),
    post('opinions', 'form post with markup', path, `fullName=${encodeURIComponent(XSS[0])}&content=${encodeURIComponent(XSS[1])}&stance=${encodeURIComponent(XSS[2])}`, asPage),
    post('opinions', 'form post, invalid UTF-8', path, 'fullName=%C3%28&content=%FF', asPage),
    ...[...NUMBERS, ...RAW_VALUES].map((id) => post('opinions', `nomination id ${id}`, `/api/nominations/${id}/opinions`, '{}')),
  ].map((probe, i) => ({ ...probe, headers: { ...probe.headers, 'x-forwarded-for': `198.51.100.${i + 1}` } }))
}

/** Uploads with multipart bodies that lie, signed in as an editor (so they get past access) when `auth` is given. */
export const uploadProbes = ({ auth = {} }: ApiTarget): Probe[] =>
  ['media', 'files'].flatMap((collection) => [
    ...BAD_MULTIPART.map(([label, headers, body]) => post('uploads', `${collection} ${label}`, `/api/${collection}`, body, { ...headers, ...auth })),
    post('uploads', `${collection} several MB, no boundary`, `/api/${collection}`, hugeBody(), { 'content-type': 'multipart/form-data', ...auth }),
    ...['..%2f..%2fpackage.json', '%2e%2e%2f%2e%2e%2fpackage.json', 'a%00.png', '%C3%28.png', encodeURIComponent(XSS[0])].map((name) => get('uploads', `${collection} file ${name}`, `/api/${collection}/file/${name}`)),
  ])

/** The moderators' export, signed out and (when given) signed in, with hostile parameters. */
export const exportProbes = ({ auth: headers }: ApiTarget): Probe[] => [
    ...[...NUMBERS, ...URL_VALUES.slice(0, 12)].map((v) => get('exports', `nomination ${v.slice(0, 20)}`, `/api/opinions/export?nomination=${v}`, headers)),
    ...[...XSS, '../../etc/passwd'].map((v) => get('exports', 'format', `/api/opinions/export?nomination=1&format=${encodeURIComponent(v)}`, headers)),
    get('exports', 'stance with markup', `/api/opinions/export?nomination=1&stance=${encodeURIComponent(XSS[0])}`, headers),
    get('exports', 'signed out', '/api/opinions/export?nomination=1'),
]

/** oEmbed with URLs and sizes nobody should send. */
export const oembedProbes = (): Probe[] => [
  ...URL_VALUES.map((v) => get('oEmbed', 'url', `/api/oembed?url=${v}`)),
  ...[...NUMBERS, encodeURIComponent(XSS[0])].map((n) => get('oEmbed', 'maxwidth', `/api/oembed?url=${encodeURIComponent('http://localhost/guong-dien-hinh/x')}&maxwidth=${n}&maxheight=${n}`)),
  // oEmbed 1.0 §2.3.4: "501 Not Implemented: the provider cannot return a response in the requested format".
  ...['xml', encodeURIComponent(XSS[1])].map((f) => ({ ...get('oEmbed', 'format', `/api/oembed?url=%2F&format=${f}`), specStatus: { reason: 'oEmbed §2.3.4', status: 501 } })),
  get('oEmbed', 'javascript url', `/api/oembed?url=${encodeURIComponent('javascript:alert(1)')}`),
  get('oEmbed', 'file url', `/api/oembed?url=${encodeURIComponent('file:///etc/passwd')}`),
]
