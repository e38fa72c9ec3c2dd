import type { Locale } from '@/i18n/locales'

export type EmbedTheme = 'dark' | 'light'
export type EmbedVariant = 'compact' | 'full'
export type EmbedOptions = { locale: Locale; n: number; theme: EmbedTheme; variant: EmbedVariant }

export const COLUMN_ITEMS = { default: 5, max: 20, min: 1 } as const

type Field<T> = { error: string } | { value: T }

const quoted = (value: string) => `"${value.slice(0, 40)}"`

const oneOf = <T extends string>(params: URLSearchParams, name: string, allowed: readonly T[]): Field<T> => {
  const value = params.get(name) ?? allowed[0]
  return (allowed as readonly string[]).includes(value) ? { value: value as T } : { error: `${name} must be one of ${allowed.join(', ')} (got ${quoted(value)})` }
}

const count = (params: URLSearchParams): Field<number> => {
  const raw = params.get('n')
  if (raw === null) return { value: COLUMN_ITEMS.default }
  const n = /^\d{1,3}$/.test(raw) ? Number(raw) : NaN
  return n >= COLUMN_ITEMS.min && n <= COLUMN_ITEMS.max ? { value: n } : { error: `n must be a whole number from ${COLUMN_ITEMS.min} to ${COLUMN_ITEMS.max} (got ${quoted(raw)})` }
}

/**
 * Query options every embed understands (first value of each is the default).
 * A value we do not recognise is the embedder's typo: say so with a 400
 * instead of quietly showing something else. Unknown parameter names are
 * ignored: hosts add cache busters and trackers.
 */
export const parseEmbedOptions = (params: URLSearchParams): { ok: true; options: EmbedOptions } | { message: string; ok: false } => {
  const fields = {
    locale: oneOf<Locale>(params, 'lang', ['vi', 'en']),
    n: count(params),
    theme: oneOf<EmbedTheme>(params, 'theme', ['light', 'dark']),
    variant: oneOf<EmbedVariant>(params, 'variant', ['full', 'compact']),
  }
  const errors = Object.values(fields).flatMap((f) => ('error' in f ? [f.error] : []))
  if ('error' in fields.locale || 'error' in fields.n || 'error' in fields.theme || 'error' in fields.variant) return { message: errors.join('; '), ok: false }
  return { ok: true, options: { locale: fields.locale.value, n: fields.n.value, theme: fields.theme.value, variant: fields.variant.value } }
}
