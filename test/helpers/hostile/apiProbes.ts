import { get, JSON_TYPE, post, type Probe } from './send'
import { BAD_JSON_BODIES, deepWhere, hugeBody, NUMBERS, RAW_VALUES, URL_VALUES, XSS } from './values'

/**
 * What the probes need to know about the site under test (found at run time,
 * never assumed). `updateId` is the exemplar the update probes aim at: a real
 * one on a throw-away database, a missing one on the demo site so its data
 * stays as seeded.
 */
export type ApiTarget = { auth?: Record<string, string>; exemplarId: number | string; nominationId: number | string; updateId: number | string }

/** REST reads: hostile where/sort/select values, absurd numbers, ids that are not ids, queries nested far too deep. */
export const restReadProbes = ({ exemplarId }: ApiTarget): Probe[] => [
  ...URL_VALUES.map((v) => get('REST', 'where like', `/api/exemplars?where[name][like]=${v}&depth=0`)),
  ...URL_VALUES.map((v) => get('REST', 'where contains', `/api/articles?where[title][contains]=${v}`)),
  ...[...XSS, "' OR 1=1--", '(?:'].map((v) => encodeURIComponent(v)).flatMap((v) => [
    get('REST', 'sort', `/api/exemplars?sort=${v}`),
    get('REST', 'select', `/api/exemplars?select[${v}]=true`),
    get('REST', 'where field name', `/api/awards?where[${v}][equals]=1`),
    get('REST', 'where operator', `/api/movements?where[title][${v}]=1`),
    get('REST', 'locale', `/api/columns?locale=${v}`),
  ]),
  ...NUMBERS.flatMap((n) => [
    get('REST', 'limit', `/api/exemplars?limit=${n}&depth=0`),
    get('REST', 'page', `/api/awards?page=${n}`),
    get('REST', 'depth', `/api/articles?depth=${n}&limit=2`),
    get('REST', 'id', `/api/exemplars/${n}`),
    get('REST', 'where in', `/api/exemplars?where[id][in]=${n}`),
  ]),
  ...RAW_VALUES.map((v) => get('REST', 'id raw', `/api/exemplars/${v}`)),
  ...[20, 200, 1000].map((depth) => get('REST', `where nested ${depth} deep`, `/api/exemplars?${deepWhere(depth)}`)),
  get('REST', 'where 2000 ors', `/api/exemplars?${Array.from({ length: 2000 }, (_, i) => `where[or][${i}][slug][equals]=x${i}`).join('&')}`),
  get('REST', 'where as broken JSON', '/api/exemplars?where=%7B'),
  get('REST', 'where as JSON with markup', `/api/exemplars?where=${encodeURIComponent(JSON.stringify({ [XSS[0]]: { equals: 1 } }))}`),
  get('REST', 'data as broken JSON', '/api/exemplars?data=%7B'),
  get('REST', 'where as a bare string', '/api/exemplars?where=null'),
  get('REST', 'id past the integer range', '/api/exemplars/99999999999'),
  get('REST', 'relationship where NaN', '/api/articles?where[column][equals]=NaN'),
  get('REST', 'select where outside its options', `/api/exemplars?where[kind][equals]=${encodeURIComponent(XSS[0])}`),
  get('REST', 'select where in with junk', `/api/opinions?where[stance][in]=agree,${encodeURIComponent("' OR 1=1--")}`),
  { headers: { origin: XSS[0] }, label: 'markup in Origin (preflight)', method: 'OPTIONS', path: '/api/exemplars', surface: 'REST' },
  get('REST', 'unknown collection', `/api/${encodeURIComponent('<script>alert(1)</script>')}`),
  get('REST', 'traversal collection', '/api/..%2f..%2fetc%2fpasswd'),
  get('REST', 'draft', `/api/exemplars/${exemplarId}?draft=${encodeURIComponent('<script>alert(1)</script>')}`),
  get('REST', 'users where email', `/api/users?where[email][like]=${encodeURIComponent('.*')}`),
  get('REST', 'opinions where', `/api/opinions?where[email][exists]=${encodeURIComponent("' OR 1=1--")}`),
]

/**
 * REST writes with bodies that are not a document, refused before (or
 * instead of) touching the database. Only an update with an empty or
 * unknown-field body may succeed (it changes nothing); every other write
 * must be refused.
 */
export const restWriteProbes = ({ auth = {}, updateId }: ApiTarget): Probe[] => {
  const json = { ...JSON_TYPE, ...auth }
  const refused: Probe[] = [
    ...BAD_JSON_BODIES.map(([label, body]) => post('REST write', `create ${label}`, '/api/exemplars', body, json)),
    post('REST write', 'several MB', '/api/exemplars', hugeBody(), json),
    post('REST write', 'wrong content type', '/api/exemplars', '{"name":"x"}', { 'content-type': 'text/plain', ...auth }),
    // Invalid choices and an empty required name: refused by validation, so no probe ever changes a document.
    post('REST write', 'markup in fields', '/api/exemplars', JSON.stringify({ kind: XSS[0], name: XSS[1], stage: XSS[2] }), json),
    post('REST write', 'update by hostile where', `/api/exemplars?${deepWhere(200)}`, '{"name":""}', json, 'PATCH'),
    post('REST write', 'update by where junk', '/api/exemplars?where=%7B', '{"name":""}', json, 'PATCH'),
    // Payload reads a path id with parseFloat: these named document 1.
    post('REST write', 'delete by hostile id', `/api/exemplars/${encodeURIComponent("1' OR 1=1--")}`, '', auth, 'DELETE'),
    post('REST write', 'update by hostile id', `/api/exemplars/${encodeURIComponent('1abc')}`, '{"name":""}', json, 'PATCH'),
    post('REST write', 'delete by 99999999999999999999', '/api/exemplars/99999999999999999999', '', auth, 'DELETE'),
  ]
  return [...BAD_JSON_BODIES.map(([label, body]) => post('REST write', `update ${label}`, `/api/exemplars/${updateId}`, body, json, 'PATCH')), ...refused.map((probe) => ({ ...probe, mustFail: true }))]
}

/** GraphQL: bodies that are not a query, queries nested or aliased far past need, hostile variables. */
export const graphqlProbes = (): Probe[] => {
  const nested = (depth: number) => `{ Articles { docs { ${'column { '.repeat(depth)}id${' }'.repeat(depth)} } } }`
  const aliases = `{ ${Array.from({ length: 2000 }, (_, i) => `a${i}: Exemplars(limit: 100) { docs { id } }`).join(' ')} }`
  const queries: [string, unknown][] = [
    ['nested 200 deep', { query: nested(200) }],
    ['2000 aliases', { query: aliases }],
    ['where with regex', { query: '{ Exemplars(where: { name: { like: ".*(?:" } }) { docs { id } } }' }],
    ['limit 1e309', { query: '{ Exemplars(limit: 1e309) { docs { id } } }' }],
    ['page -1', { query: '{ Exemplars(page: -1) { docs { id } } }' }],
    ['unknown field with markup', { query: '{ <script>alert(1)</script> }' }],
    ['variables with operators', { query: 'query($w: Exemplar_where) { Exemplars(where: $w) { docs { id } } }', variables: { w: { name: { $ne: null } } } }],
    ['login mutation with operators', { query: 'mutation { loginUser(email: "\' OR 1=1--", password: "x") { token } }' }],
    ['query not a string', { query: { $ne: null } }],
    ['markup in an enum', { query: '{ Exemplars(where: { kind: { equals: "<script>alert(1)</script>" } }) { docs { id } } }' }],
    ['markup in a variable', { query: 'query($k: String) { Exemplars(where: { slug: { equals: $k } }) { docs { id } } }', variables: { k: XSS[1] } }],
    ['introspection of everything', { query: '{ __schema { types { name fields { name type { name ofType { name ofType { name } } } } } } }' }],
  ]
  return [
    ...BAD_JSON_BODIES.map(([label, body]) => post('GraphQL', label, '/api/graphql', body)),
    ...queries.map(([label, body]) => post('GraphQL', label, '/api/graphql', JSON.stringify(body))),
    post('GraphQL', 'several MB', '/api/graphql', hugeBody()),
    post('GraphQL', 'wrong content type', '/api/graphql', '{"query":"{ __typename }"}', { 'content-type': 'text/plain' }),
    get('GraphQL', 'GET with markup', `/api/graphql?query=${encodeURIComponent('{ <script>alert(1)</script> }')}`),
  ]
}
