/**
 * What scanners and curious people put into URLs and bodies. Text values are
 * sent percent-encoded; RAW ones are already URL text (broken escapes,
 * invalid UTF-8, encoded traversal and NUL) and go on the wire as they are.
 */
export const XSS = ['<script>alert(1)</script>', '"><svg onload=alert(1)>', "'><img src=x onerror=alert(1)>"]

export const INJECTION = ["' OR 1=1--", '" OR ""="', '1; DROP TABLE exemplars;--', '.*', '(?:', '[', '%', '_', '\\', '${7*7}', '{"$ne":null}']

export const TRAVERSAL = ['../../../../etc/passwd', '..\\..\\windows\\win.ini', '....//....//etc/passwd']

export const TEXT_VALUES = [...XSS, ...INJECTION, ...TRAVERSAL, 'a'.repeat(6000)]

export const RAW_VALUES = ['%C3%28', '%FF', '%00', '%2e%2e%2f%2e%2e%2fetc%2fpasswd', '..%2f..%2f..%2fetc%2fpasswd', '%ZZ', '%', '%E0%A4%A', '%u003cscript%u003e', '%C0%AE%C0%AE%2F']

export const NUMBERS = ['1e309', '-1', '0', '999999', '99999999999999999999', 'NaN', 'Infinity', '1.5', '0x10', '-0', '1e3']

/** Every value as it appears in a URL (query value or one path segment). */
export const URL_VALUES = [...TEXT_VALUES.map((v) => encodeURIComponent(v)), ...RAW_VALUES]

/** A `where` query nested `depth` levels deep through `and` (what a scanner sends to exhaust the parser). */
export const deepWhere = (depth: number, leaf = 'slug][equals]=x'): string => `where${'[and][0]'.repeat(depth)}[${leaf}`

/** JSON nested `depth` arrays deep, and as objects. */
export const deepArrayJson = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`
export const deepObjectJson = (depth: number): string => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`

/** Bodies a JSON endpoint must refuse with a 4xx, labelled. */
export const BAD_JSON_BODIES: [string, Buffer | string][] = [
  ['cut-off object', '{'],
  ['truncated', '{"email":"a@b.vn","password":"x'],
  ['not JSON', 'email=a&password=b'],
  ['empty', ''],
  ['null', 'null'],
  ['a bare string', '"<script>alert(1)</script>"'],
  ['invalid UTF-8', Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d])],
  ['a UTF-8 BOM and junk', '\ufeff{,}'],
  ['arrays 10 000 deep', deepArrayJson(10_000)],
  ['objects 10 000 deep', deepObjectJson(10_000)],
  // With an empty required name, so a write it reaches fails validation instead of changing a document.
  ['a NUL in a string', '{"name":"a\\u0000b","email":"a\\u0000@b.vn","password":"\\u0000","query":"{ __typename }\\u0000"}'],
  ['prototype pollution', '{"__proto__":{"admin":true},"constructor":{"prototype":{"admin":true}},"name":""}'],
]

/** Several MB of junk: the server must stop reading and refuse it, not buffer it. */
export const hugeBody = (megabytes = 6): Buffer => Buffer.alloc(megabytes * 1024 * 1024, 'x')

/** A multipart body that lies: the boundary in the header never appears, or the body stops mid-part. */
export const BAD_MULTIPART: [string, Record<string, string>, string][] = [
  ['no boundary', { 'content-type': 'multipart/form-data' }, '--x\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n\r\nabc\r\n--x--\r\n'],
  ['wrong boundary', { 'content-type': 'multipart/form-data; boundary=zzz' }, '--x\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n\r\nabc\r\n--x--\r\n'],
  ['truncated part', { 'content-type': 'multipart/form-data; boundary=x' }, '--x\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n\x89PNG'],
  ['traversal file name', { 'content-type': 'multipart/form-data; boundary=x' }, '--x\r\nContent-Disposition: form-data; name="file"; filename="../../../../tmp/evil.png"\r\nContent-Type: image/png\r\n\r\nabc\r\n--x\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"alt":"x"}\r\n--x--\r\n'],
  ['bad _payload JSON', { 'content-type': 'multipart/form-data; boundary=x' }, '--x\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{\r\n--x--\r\n'],
  ['markup file name', { 'content-type': 'multipart/form-data; boundary=x' }, '--x\r\nContent-Disposition: form-data; name="file"; filename="<script>alert(1)</script>.png"\r\nContent-Type: image/png\r\n\r\nabc\r\n--x--\r\n'],
  ['JSON sent as multipart', { 'content-type': 'multipart/form-data; boundary=x' }, '{"alt":"x"}'],
]
