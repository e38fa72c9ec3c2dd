/**
 * Vietnamese text helpers shared by slugs and search. Folding removes tones
 * and maps đ→d so "thi dua" matches "thi đua" on any database.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g

/** Strips tones and diacritics, keeping case: "Đắk Lắk" → "Dak Lak". */
export const foldVietnamese = (input: string): string =>
  input.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC')

/** Lower-cased, folded, single-spaced text for tone-insensitive matching. */
export const toSearchText = (input: string): string =>
  foldVietnamese(input).toLowerCase().replace(/\s+/g, ' ').trim()

const MAX_SLUG_LENGTH = 80

/** URL slug from Vietnamese text: "Đắk Lắk: thi đua!" → "dak-lak-thi-dua". */
export const slugify = (input: string, maxLength = MAX_SLUG_LENGTH): string =>
  foldVietnamese(input)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '')
