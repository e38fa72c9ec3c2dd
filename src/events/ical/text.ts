/**
 * The text rules of iCalendar (RFC 5545 §3.1, §3.3.11): lines end in CRLF,
 * are folded at 75 octets (a continuation starts with one space), never
 * inside a UTF-8 character; TEXT values escape backslash, semicolon, comma
 * and newline.
 */
export const CRLF = '\r\n'
const MAX_OCTETS = 75

/** A TEXT value: NFC (so "ệ" stays one character), control characters dropped, the four specials escaped. */
export const escapeText = (value: string): string =>
  value
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    // RFC 5545 forbids control characters in TEXT other than HTAB (and the newline, escaped below).
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n')

const encoder = new TextEncoder()

/** Splits one content line into physical lines of at most 75 octets each, whole characters only. */
export const foldLine = (line: string): string => {
  const parts: string[] = []
  let current = ''
  let octets = 0
  for (const char of line) {
    const size = encoder.encode(char).length
    // A continuation line's leading space counts toward its 75 octets.
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1
    if (octets + size > limit) {
      parts.push(current)
      current = ''
      octets = 0
    }
    current += char
    octets += size
  }
  parts.push(current)
  return parts.join(`${CRLF} `)
}

/** A property parameter value: quoted when it holds `:`, `;` or `,` (RFC 5545 §3.2); quotes and controls are dropped. */
const paramValue = (value: string): string => {
  const clean = value.replace(/["\u0000-\u001f\u007f]/g, '')
  return /[:;,]/.test(clean) ? `"${clean}"` : clean
}

/** `NAME;PARAM=value:value`, folded. The value is written as given: escape TEXT values with `escapeText` first. */
export const contentLine = (name: string, value: string, params: Record<string, string> = {}): string =>
  foldLine(`${name}${Object.entries(params).map(([k, v]) => `;${k}=${paramValue(v)}`).join('')}:${value}`)
