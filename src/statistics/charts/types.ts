/** The charts, in page order. The same keys name the dictionary's titles and the download's tables. */
export const CHART_KEYS = ['byYear', 'byForm', 'byProvince', 'bySector', 'byMovement', 'byKind', 'groups', 'stages'] as const

export type ChartKey = (typeof CHART_KEYS)[number]

/** Each chart's address: its section on /thong-ke (`#theo-nam`) and its embed (`/embed/thong-ke/theo-nam`). */
export const CHART_SLUGS: Record<ChartKey, string> = {
  byYear: 'theo-nam',
  byForm: 'theo-hinh-thuc',
  byProvince: 'theo-tinh',
  bySector: 'theo-nganh',
  byMovement: 'theo-phong-trao',
  byKind: 'ca-nhan-tap-the',
  groups: 'doi-tuong-uu-tien',
  stages: 'giai-doan-guong-dien-hinh',
}

export const chartKeyOfSlug = (slug: string): ChartKey | undefined => CHART_KEYS.find((key) => CHART_SLUGS[key] === slug)

/** A column of figures: counts, or shares as fractions (0.123 is shown as 12,3%). */
export type Column = { format: 'count' | 'share'; label: string }

/** `unknown` marks the row that collects decisions or people with nothing recorded (never the chart's leader). */
export type ChartRow = { cells: number[]; label: string; unknown?: true }

/**
 * One chart as every output draws it (page SVG and table, embed, CSV, XLSX):
 * `bars` are the columns drawn as bars (counts share one scale; shares are
 * drawn against 100%), `shown` how many rows the SVG draws (the table has all).
 */
export type Chart = { bars: number[]; columns: Column[]; key: ChartKey; rowHead: string; rows: ChartRow[]; shown: number; slug: string; summary: string; title: string }

/** What drawing a chart reads: a /thong-ke chart, or any other bar chart drawn the same way (the cluster rankings). */
export type DrawnChart = Omit<Chart, 'key' | 'slug'>

/** Column sums for a table's total row, when every column is a count (a sum of shares or of overlapping groups means nothing). */
export const totalsOf = (chart: Pick<Chart, 'columns' | 'rows'>): null | number[] =>
  chart.columns.every((c) => c.format === 'count') ? chart.columns.map((_, i) => chart.rows.reduce((sum, r) => sum + r.cells[i], 0)) : null
