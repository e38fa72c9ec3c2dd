import { awardForms } from '@/collections/Awards/options'
import { exemplarStages } from '@/collections/Exemplars/options'
import { dictionary, type Locale } from '@/i18n'
import { optionLabel } from '@/lib/text/optionLabel'
import { type Pair, PRIORITY_GROUPS, type PriorityGroup } from '../aggregate'
import { keyOf } from '../facts'
import { shareOf } from '../format'
import type { Figures } from '../queries'
import { summarize } from './summaries'
import { type Chart, CHART_KEYS, CHART_SLUGS, type ChartKey, type ChartRow, type Column } from './types'

export type Named = { id: number | string; name: string; slug?: null | string }

/** Names for the ids in the figures, in the reader's language. */
export type Labels = { movements: Named[]; provinces: Named[]; sectors: Named[] }

/** Movements the SVG draws at most (the largest); the table lists them all. Every other chart draws every row. */
const MOST_MOVEMENT_BARS = 20

const pairCells = (pair: Pair | undefined): number[] => [pair?.decisions ?? 0, pair?.recipients ?? 0]

/**
 * Rows for a taxonomy: every named entry (zeros too, so all 34 provinces
 * show), largest first; ids with no name here (a deleted province, an
 * unpublished movement) join the "none" row rather than leak or vanish.
 */
const taxonomyRows = ({ by, locale, named, sortBy, unknown }: { by: Record<string, Pair>; locale: Locale; named: Named[]; sortBy: number; unknown: string }): ChartRow[] => {
  const known = new Set(named.map((n) => keyOf(n.id)))
  const rows = named.map((n) => ({ cells: pairCells(by[keyOf(n.id)]), label: n.name })).sort((a, b) => b.cells[sortBy] - a.cells[sortBy] || a.label.localeCompare(b.label, locale))
  const rest = Object.entries(by).filter(([key]) => !known.has(key)).reduce((sum, [, pair]) => [sum[0] + pair.decisions, sum[1] + pair.recipients], [0, 0])
  return rest[0] + rest[1] > 0 ? [...rows, { cells: rest, label: unknown, unknown: true }] : rows
}

/** Every year from the first to the last with decisions (gaps show as zero), then decisions with no year. */
const yearRows = (by: Record<string, Pair>, locale: Locale): ChartRow[] => {
  const t = dictionary(locale).statistics
  const years = Object.keys(by).filter(Boolean).map(Number).sort((a, b) => a - b)
  const rows = years.length === 0 ? [] : Array.from({ length: years[years.length - 1] - years[0] + 1 }, (_, i) => String(years[0] + i)).map((y) => ({ cells: pairCells(by[y]), label: y }))
  return by[''] ? [...rows, { cells: pairCells(by['']), label: t.unknown.byYear, unknown: true }] : rows
}

/** The charts of one selection, each with its figures, headings and one-sentence summary. */
export const buildCharts = ({ figures, labels, locale }: { figures: Figures; labels: Labels; locale: Locale }): Chart[] => {
  const t = dictionary(locale).statistics
  const { awards, exemplars } = figures
  const pairColumns: Column[] = [{ format: 'count', label: t.decisions }, { format: 'count', label: t.recipients }]
  const shareColumns = (label: string): Column[] => [{ format: 'count', label }, { format: 'share', label: t.share }]
  const whole = awards.totals.recipients
  const parts: Record<ChartKey, { bars: number[]; columns: Column[]; rows: ChartRow[] }> = {
    byYear: { bars: [0, 1], columns: pairColumns, rows: yearRows(awards.byYear, locale) },
    byForm: { bars: [0, 1], columns: pairColumns, rows: awardForms.map((f) => ({ cells: pairCells(awards.byForm[f.value]), label: f.label[locale] })) },
    byProvince: { bars: [0, 1], columns: pairColumns, rows: taxonomyRows({ by: awards.byProvince, locale, named: labels.provinces, sortBy: 1, unknown: t.unknown.byProvince }) },
    bySector: { bars: [0, 1], columns: pairColumns, rows: taxonomyRows({ by: awards.bySector, locale, named: labels.sectors, sortBy: 0, unknown: t.unknown.bySector }) },
    byMovement: {
      bars: [0, 1],
      columns: pairColumns,
      // Hundreds of movements may be published: only those with decisions in the selection are listed.
      rows: taxonomyRows({ by: awards.byMovement, locale, named: labels.movements.filter((m) => awards.byMovement[keyOf(m.id)]), sortBy: 0, unknown: t.unknown.byMovement }),
    },
    byKind: { bars: [1], columns: shareColumns(t.recipients), rows: (['individual', 'collective'] as const).map((k) => ({ cells: [awards.byKind[k], shareOf(awards.byKind[k], whole)], label: k === 'individual' ? t.individuals : t.collectives })) },
    groups: { bars: [1], columns: shareColumns(t.recipients), rows: (Object.keys(PRIORITY_GROUPS) as PriorityGroup[]).map((g) => ({ cells: [awards.groups[g], shareOf(awards.groups[g], whole)], label: t.groups[g] })) },
    stages: { bars: [0], columns: shareColumns(t.exemplars), rows: exemplarStages.map((s) => ({ cells: [exemplars.byStage[s.value] ?? 0, shareOf(exemplars.byStage[s.value] ?? 0, exemplars.total)], label: optionLabel(exemplarStages, s.value, locale) })) },
  }
  return CHART_KEYS.map((key) => {
    const part = parts[key]
    const chart = { ...part, key, rowHead: t.rowHeads[key], shown: key === 'byMovement' ? Math.min(part.rows.length, MOST_MOVEMENT_BARS) : part.rows.length, slug: CHART_SLUGS[key], summary: '', title: t.charts[key] }
    return { ...chart, summary: summarize({ chart, figures, locale }) }
  })
}
