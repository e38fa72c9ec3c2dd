import { escapeHtml } from '@/lib/html/escape'

/**
 * Embed pages are built as strings, not React, so they ship no framework
 * code. Every interpolated value is escaped unless it is already `SafeHtml`:
 * titles and names are editor input and end up on other people's sites.
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value
  }
}

type Interpolation = SafeHtml | string | number | null | undefined | false | readonly Interpolation[]

/** Shared with the feeds: one escaping rule for every HTML we build by hand. */
export { escapeHtml }

const render = (value: Interpolation): string => {
  if (value === null || value === undefined || value === false) return ''
  if (value instanceof SafeHtml) return value.value
  if (Array.isArray(value)) return value.map(render).join('')
  return escapeHtml(String(value))
}

/** Markup whose interpolations are escaped (arrays are joined, empty values dropped). */
export const html = (strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml =>
  new SafeHtml(strings.reduce((out, part, i) => out + part + (i < values.length ? render(values[i]) : ''), ''))

/** Markup produced by a trusted converter (the rich text to HTML step). */
export const trusted = (markup: string): SafeHtml => new SafeHtml(markup)
