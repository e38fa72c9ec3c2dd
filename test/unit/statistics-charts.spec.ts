import { describe, expect, it } from 'vitest'

import { canonicalQuery, LISTING_PARAMS } from '@/lib/filters/canonical'
import { aggregateAwards, countExemplarStages } from '@/statistics/aggregate'
import { buildCharts, type Labels } from '@/statistics/charts/build'
import { chartSvg } from '@/statistics/charts/svg'
import { chartKeyOfSlug } from '@/statistics/charts/types'
import { parseStatisticsFilters, STATISTICS_PARAMS, statisticsParams } from '@/statistics/filters'
import { describeSelection, resolveSelection } from '@/statistics/load'
import type { Figures } from '@/statistics/queries'

const labels: Labels = {
  movements: [{ id: 7, name: 'Phong trào <Sáng tạo>', slug: 'sang-tao' }],
  provinces: [{ id: 1, name: 'Hà Nội', slug: 'ha-noi' }, { id: 2, name: 'An Giang', slug: 'an-giang' }],
  sectors: [{ id: 5, name: 'Y tế', slug: 'y-te' }],
}

const other = (k: 'c' | 'i', p: null | number, f: string[] = []) => ({ f, k, p })
const figures: Figures = {
  awards: aggregateAwards({
    awards: [
      ...Array.from({ length: 1200 }, () => ({ form: 'certificateOfMerit', movement: 7, province: 1, sector: 5, statFacts: { e: [], o: [other('i', null, ['directWorker']), other('c', 2)] }, year: 2024 })),
      { form: 'order', movement: 99, province: 2, sector: null, statFacts: { e: [], o: [other('i', 1, ['island', 'border'])] }, year: 2021 },
    ],
    exemplars: new Map(),
  }),
  computedAt: '2025-06-11T03:00:00.000Z',
  exemplars: countExemplarStages({ exemplars: [{ flags: [], id: 1, kind: 'individual', movements: [], province: '', sector: '', stage: 'nurtured', yearRecognized: null }], selection: {} }),
}

const charts = Object.fromEntries(buildCharts({ figures, labels, locale: 'vi' }).map((c) => [c.key, c]))

describe('chart figures and summaries', () => {
  it('lists every year between the first and the last, gaps as zero', () => {
    expect(charts.byYear.rows.map((r) => [r.label, ...r.cells])).toEqual([['2021', 1, 1], ['2022', 0, 0], ['2023', 0, 0], ['2024', 1200, 2400]])
    expect(charts.byYear.summary).toBe('Năm 2024 có nhiều quyết định nhất: 1.200.')
  })

  it('lists every province, largest first; unnamed ids join the "none" row and never lead', () => {
    expect(charts.byProvince.rows.map((r) => [r.label, ...r.cells])).toEqual([['Hà Nội', 1200, 1201], ['An Giang', 1, 1200]])
    expect(charts.byMovement.rows.map((r) => [r.label, ...r.cells])).toEqual([['Phong trào <Sáng tạo>', 1200, 2400], ['Không thuộc phong trào đã công bố', 1, 1]])
    expect(charts.byMovement.rows[1].unknown).toBe(true)
    expect(charts.byProvince.summary).toBe('Hà Nội có nhiều cá nhân, tập thể được khen nhất: 1.201.')
  })

  it('gives shares with one decimal, in each language’s format', () => {
    expect(charts.byKind.rows.map((r) => r.cells)).toEqual([[1201, 1201 / 2401], [1200, 1200 / 2401]])
    expect(charts.byKind.summary).toBe('Cá nhân chiếm 50,0% số cá nhân, tập thể được khen (1.201/2.401).')
    expect(charts.groups.summary).toBe('Trên tổng số 2.401 cá nhân, tập thể được khen: người trực tiếp lao động, sản xuất, công tác, chiến đấu 50,0%; đồng bào dân tộc thiểu số 0,0%; vùng sâu, vùng xa, biên giới, hải đảo 0,0%; người nước ngoài 0,0%.')
    const en = buildCharts({ figures, labels, locale: 'en' })
    expect(en.find((c) => c.key === 'byKind')?.summary).toBe('Individuals make up 50.0% of those commended (1,201 of 2,401).')
    expect(en.find((c) => c.key === 'stages')?.summary).toBe('The nurtured stage has the most exemplars: 1.')
  })

  it('says so when a selection is empty', () => {
    const empty = buildCharts({ figures: { ...figures, awards: aggregateAwards({ awards: [], exemplars: new Map() }) }, labels, locale: 'vi' })
    expect(empty.find((c) => c.key === 'byYear')?.summary).toBe('Không có số liệu nào khớp bộ lọc.')
    expect(empty.find((c) => c.key === 'groups')?.summary).toBe('Không có số liệu nào khớp bộ lọc.')
  })
})

describe('the SVG', () => {
  const svg = chartSvg({ chart: charts.byMovement, locale: 'vi' }).value

  it('is one image named by its title and summary; its strips are hidden from assistive technology and scale by their viewBox', () => {
    expect(svg).toMatch(/^<div class="chart" role="img" aria-label="Biểu đồ cột: Theo phong trào thi đua\. Phong trào &lt;Sáng tạo&gt; có nhiều quyết định nhất: 1\.200\."><svg viewBox="0 0 480 \d+" aria-hidden="true"/)
    expect(svg).not.toContain('<Sáng')
    expect(svg).not.toMatch(/style=|<script|width="100%"/)
  })

  it('draws the largest value at full width and prints every value', () => {
    expect(svg).toContain('width="350"')
    expect(svg).toContain('>2.400</text>')
    expect(chartSvg({ chart: charts.byKind, locale: 'vi' }).value).toContain('>50,0% (1.201)</text>')
  })

  it('splits long charts into strips of eight rows, the legend in the first', () => {
    const provinces = buildCharts({ figures, labels: { ...labels, provinces: Array.from({ length: 34 }, (_, i) => ({ id: i + 100, name: `Tỉnh ${i}` })) }, locale: 'vi' }).find((c) => c.key === 'byProvince')
    const strips = chartSvg({ chart: provinces!, locale: 'vi' }).value.split('<svg ').slice(1)
    expect(strips).toHaveLength(5) // 34 named + the row for ids with no name here
    expect(strips[0]).toContain('Quyết định khen thưởng</text>')
    expect(strips[1]).not.toContain('Quyết định khen thưởng</text>')
  })
})

describe('statistics filters', () => {
  it('read a year range either way round and drop malformed values', () => {
    expect(parseStatisticsFilters({ 'den-nam': '2020', 'hinh-thuc': 'bogus', nganh: '../x', 'tu-nam': '2024', tinh: 'ha-noi' })).toEqual({ form: undefined, from: 2020, movement: undefined, province: 'ha-noi', sector: undefined, to: 2024 })
    expect(parseStatisticsFilters({ 'tu-nam': '1800', 'den-nam': 'abc' })).toMatchObject({ from: undefined, to: undefined })
    expect(statisticsParams(parseStatisticsFilters({ 'hinh-thuc': 'order', 'tu-nam': ['2021', '2022'] }))).toEqual({ 'hinh-thuc': 'order', 'tu-nam': '2021' })
  })

  it('are the parameters the proxy keeps in the cache key', () => {
    expect([...LISTING_PARAMS['/thong-ke']].sort()).toEqual([...STATISTICS_PARAMS].sort())
    expect(canonicalQuery(new URLSearchParams('tu-nam=2020&x=1&tinh=ha-noi&utm_source=a'), LISTING_PARAMS['/thong-ke'])).toBe('tinh=ha-noi&tu-nam=2020')
  })

  it('resolve slugs to ids and drop the unknown ones, naming what was applied', () => {
    const filters = parseStatisticsFilters({ 'phong-trao': 'sang-tao', tinh: 'khong-co', 'tu-nam': '2021' })
    const { applied, selection } = resolveSelection({ filters, labels })
    expect(selection).toEqual({ form: undefined, from: 2021, movement: 7, province: undefined, sector: undefined, to: undefined })
    expect(statisticsParams(applied)).toEqual({ 'phong-trao': 'sang-tao', 'tu-nam': '2021' })
    expect(describeSelection({ filters: applied, labels, locale: 'vi' })).toEqual([{ label: 'Từ năm', value: '2021' }, { label: 'Phong trào', value: 'Phong trào <Sáng tạo>' }])
  })

  it('name charts by their section slugs', () => {
    expect(chartKeyOfSlug('theo-tinh')).toBe('byProvince')
    expect(chartKeyOfSlug('khong-co')).toBeUndefined()
  })
})
