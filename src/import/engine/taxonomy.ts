import type { Match } from '../match/result'
import { foldName } from './lookups'

/** A sector or movement by its name or slug, written with or without diacritics; anything else is an error, never a guess. */
export const taxonomyMatcher =
  ({ map, what }: { map: Map<string, number | string>; what: string }) =>
  (text: string): Match<number | string> => {
    const id = map.get(foldName(text))
    return id === undefined ? { message: `Không có ${what} "${text}" trong danh mục; ghi đúng tên hoặc đường dẫn (slug) như trong trang quản trị.`, ok: false } : { ok: true, value: id }
  }
