import { describe, expect, it } from 'vitest'

import { aggregateAwards, awardCounter, countExemplarStages } from '@/statistics/aggregate'
import { type AwardFactsRow, eachRecipient, type ExemplarFacts, toExemplarFacts } from '@/statistics/facts'

const profile = (facts: Partial<ExemplarFacts> & Pick<ExemplarFacts, 'id'>): ExemplarFacts => ({ flags: [], kind: 'individual', movements: [], province: '', sector: '', stage: 'discovered', yearRecognized: null, ...facts })

// Published profiles only: 3 (a draft) is absent, as the query leaves it out.
const published = new Map([
  ['1', profile({ flags: ['directWorker', 'remote'], id: 1, province: '11' })],
  ['2', profile({ flags: ['border', 'island'], id: 2, kind: 'collective' })],
])

const awards: AwardFactsRow[] = [
  // Profiled 1 (province 11) and 3 (draft: not counted); an individual of the decision's province; a collective of province "p3" (a MongoDB-style id).
  { form: 'certificateOfMerit', movement: 31, province: 12, sector: 21, statFacts: { e: [1, 3], o: [{ f: ['ethnicMinority'], k: 'i', p: null }, { f: ['remote', 'border'], k: 'c', p: 'p3' }] }, year: 2023 },
  // No province on the decision: profile 2 has none either (unknown); an individual of province 11.
  { form: 'order', movement: null, province: null, sector: null, statFacts: { e: ['2'], o: [{ f: ['foreign'], k: 'i', p: 11 }] }, year: 2024 },
  // Saved before statFacts existed: a decision without recipients, never an error.
  { form: 'certificateOfMerit', province: { id: 12 }, statFacts: null, year: 2024 },
  // Junk in the JSON and no year.
  { form: 'medal', statFacts: 'garbage', year: null },
]

describe('aggregateAwards (hand-counted)', () => {
  const figures = aggregateAwards({ awards, exemplars: published })

  it('counts decisions, and recipients with published profiles or none', () => {
    expect(figures.totals).toEqual({ decisions: 4, recipients: 5 })
    expect(figures.byKind).toEqual({ collective: 2, individual: 3 })
  })

  it('groups decisions and their recipients by year, form, sector and movement of the decision', () => {
    expect(figures.byYear).toEqual({ '': { decisions: 1, recipients: 0 }, 2023: { decisions: 1, recipients: 3 }, 2024: { decisions: 2, recipients: 2 } })
    expect(figures.byForm).toEqual({ certificateOfMerit: { decisions: 2, recipients: 3 }, medal: { decisions: 1, recipients: 0 }, order: { decisions: 1, recipients: 2 } })
    expect(figures.bySector).toEqual({ '': { decisions: 3, recipients: 2 }, 21: { decisions: 1, recipients: 3 } })
    expect(figures.byMovement).toEqual({ '': { decisions: 3, recipients: 2 }, 31: { decisions: 1, recipients: 3 } })
  })

  it('puts decisions under their province and recipients under their own, else the decision’s', () => {
    expect(figures.byProvince).toEqual({
      '': { decisions: 2, recipients: 1 }, // decisions 2 and 4; profile 2 (no province anywhere)
      11: { decisions: 0, recipients: 2 }, // profile 1; the individual written with province 11
      12: { decisions: 2, recipients: 1 }, // decisions 1 and 3 (populated value); the individual falling back to it
      p3: { decisions: 0, recipients: 1 },
    })
  })

  it('counts each priority group once per recipient; remote, border and island together', () => {
    expect(figures.groups).toEqual({ directWorker: 1, ethnicMinority: 1, foreign: 1, remoteBorderIsland: 3 })
  })

  it('gives the same figures however the decisions are batched', () => {
    const counter = awardCounter(published)
    for (const award of awards) counter.add([award])
    expect(counter.figures).toEqual(figures)
  })
})

describe('facts read defensively', () => {
  const visited = (statFacts: unknown) => {
    const seen: unknown[][] = []
    eachRecipient({ decisionProvince: '9', exemplars: new Map([['7', profile({ id: 7, kind: 'collective' })]]), statFacts, visit: (...args) => void seen.push(args) })
    return seen
  }

  it('skips odd entries, keys ids as text and falls back to the decision’s province', () => {
    expect(visited({ e: [7, '', null, 8], o: [{ f: ['island', 'bogus'], k: 'x', p: 5 }, null, 'x', { k: 'c' }] })).toEqual([
      ['individual', '5', ['island', 'bogus']], // an unknown flag matches no group
      ['collective', '9', []],
      ['collective', '9', []], // profile 7; 8 is not published
    ])
    expect(visited({ e: [{ id: 7 }], o: [{ k: 'i', p: { toHexString: () => '65a1f0c2e4b0a1b2c3d4e5f6' } }] })).toEqual([
      ['individual', '65a1f0c2e4b0a1b2c3d4e5f6', []],
      ['collective', '9', []],
    ])
    expect(visited(undefined)).toEqual([])
    expect(visited({ e: 'x', o: 3 })).toEqual([])
  })

  it('reads a profile as the flat query returns it', () => {
    expect(toExemplarFacts({ flags: { border: true, foreign: false }, id: 4, kind: 'collective', province: 3, relatedMovements: [8, { id: 9 }], sector: null, stage: 'nurtured', yearRecognized: 2022 })).toEqual({
      flags: ['border'],
      id: 4,
      kind: 'collective',
      movements: ['8', '9'],
      province: '3',
      sector: '',
      stage: 'nurtured',
      yearRecognized: 2022,
    })
  })
})

describe('countExemplarStages', () => {
  const exemplars = [
    profile({ id: 1, movements: ['5'], province: '1', sector: '2', stage: 'nurtured', yearRecognized: 2020 }),
    profile({ id: 2, province: '1', stage: 'nurtured', yearRecognized: 2023 }),
    profile({ id: 3, province: '2', sector: '2', stage: 'replicated', yearRecognized: null }),
  ]

  it('counts every published profile by stage without filters', () => {
    expect(countExemplarStages({ exemplars, selection: {} })).toEqual({ byStage: { nurtured: 2, replicated: 1 }, total: 3 })
  })

  it('applies province, sector, movement and year range to the profile; the form does not apply', () => {
    expect(countExemplarStages({ exemplars, selection: { form: 'order', province: 1 } }).total).toBe(2)
    expect(countExemplarStages({ exemplars, selection: { sector: 2 } }).byStage).toEqual({ nurtured: 1, replicated: 1 })
    expect(countExemplarStages({ exemplars, selection: { movement: '5' } }).total).toBe(1)
    // A year range leaves out profiles with no year of recognition.
    expect(countExemplarStages({ exemplars, selection: { from: 2021 } }).byStage).toEqual({ nurtured: 1 })
    expect(countExemplarStages({ exemplars, selection: { from: 2020, to: 2022 } }).total).toBe(1)
  })
})
