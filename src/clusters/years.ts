type YearEntry = { results?: null | { scores?: null | unknown[] }[]; year: number }

/** A year as written in a URL (/cum-khoi/x/2025) or a template request: four digits and nothing else, or null. */
export const parseYear = (param: string): null | number => (/^\d{4}$/.test(param) ? Number(param) : null)

/** Newest first, as the year switcher lists them. */
export const yearsNewestFirst = <Y extends YearEntry>(years: null | undefined | Y[]): Y[] => [...(years ?? [])].sort((a, b) => b.year - a.year)

const hasScores = (entry: YearEntry): boolean => (entry.results ?? []).some((r) => (r.scores ?? []).length > 0)

/** The year /cum-khoi/[slug] shows: the latest with scores, else the latest at all, else none. */
export const defaultYear = <Y extends YearEntry>(years: null | undefined | Y[]): Y | undefined => {
  const sorted = yearsNewestFirst(years)
  return sorted.find(hasScores) ?? sorted[0]
}
