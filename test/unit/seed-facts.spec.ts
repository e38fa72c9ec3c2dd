import { describe, expect, it } from 'vitest'

import { articles } from '@/seed/data/articles'
import { awards } from '@/seed/data/awards'
import { courses } from '@/seed/data/courses'
import { documents } from '@/seed/data/documents'
import { exemplars } from '@/seed/data/exemplars'
import { lessons } from '@/seed/data/lessons'
import { movements } from '@/seed/data/movements'
import { nominations } from '@/seed/data/nominations'

/**
 * Facts the demo content must keep straight, checked on the data files
 * themselves (no database): dates that follow each other, titles a nominee
 * does not hold yet, place names valid on the content's date, documents'
 * in-force status and what replaced them.
 */

/** Every string inside a value, however deeply nested. */
const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(strings) : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : []

const byKey = <T extends { key: string }>(items: T[]) => new Map(items.map((item) => [item.key, item]))

/** Communes abolished by the commune-level merger in force from 1 July 2025 (and the wards that took them over). */
const MERGER_DAY = '2025-07-01'
const ABOLISHED = [
  { name: /phường An Hòa(?! \((cũ|nay là))/i, slug: /phuong-an-hoa/, now: 'phường Cái Khế (Cần Thơ)' },
  { name: /Hòa Khánh Bắc(?! \((cũ|nay là))/i, slug: /hoa-khanh-bac/, now: 'phường Liên Chiểu (Đà Nẵng)' },
]

/** Text the site shows as current on or after `MERGER_DAY`: what is dated then, and what carries no date at all. */
const currentTexts = (): { where: string; text: string }[] => [
  ...movements.flatMap((m) => [
    ...(m.start >= MERGER_DAY ? strings({ ...m, milestones: [] }).map((text) => ({ text, where: `movement ${m.key}` })) : []),
    ...m.milestones.filter((s) => s.date >= MERGER_DAY).flatMap((s) => strings(s).map((text) => ({ text, where: `movement ${m.key}, milestone ${s.date}` }))),
  ]),
  ...awards.filter((a) => a.decisionDate >= MERGER_DAY).flatMap((a) => strings(a).map((text) => ({ text, where: `award ${a.key}` }))),
  ...articles.filter((a) => a.publishedAt >= MERGER_DAY).flatMap((a) => strings(a).map((text) => ({ text, where: `article ${a.key}` }))),
  // An exemplar's profile describes the present; its sources keep their own dates.
  ...exemplars.flatMap((e) => [
    ...strings([e.key, e.organization, e.commune, e.summary]).map((text) => ({ text, where: `exemplar ${e.key}` })),
    ...e.sources.filter((s) => s.date >= MERGER_DAY).flatMap((s) => strings(s).map((text) => ({ text, where: `exemplar ${e.key}, source ${s.date}` }))),
  ]),
  ...nominations.flatMap((n) => strings(n).map((text) => ({ text, where: `nomination ${n.key}` }))),
  ...lessons.flatMap((l) => strings(l).map((text) => ({ text, where: `lesson ${l.key}` }))),
  ...courses.flatMap((c) => strings(c).map((text) => ({ text, where: `course ${c.key}` }))),
]

const normalizeTitle = (title: string) =>
  title
    .replace(/^Danh hiệu\s+/i, '')
    .replace(/[.\s]+$/, '')
    .toLowerCase()

describe('seed facts', () => {
  it('dates every award linked to a movement on or after the movement starts', () => {
    const movementByKey = byKey(movements)
    const linked = awards.filter((a) => a.movementKey)
    expect(linked.length).toBeGreaterThan(5)
    for (const award of linked) {
      const movement = movementByKey.get(award.movementKey ?? '')
      expect(movement, `award ${award.key} links an unknown movement`).toBeDefined()
      expect(award.decisionDate >= (movement?.start ?? ''), `award ${award.key} (${award.decisionDate}) predates movement ${movement?.key} (${movement?.start})`).toBe(true)
    }
  })

  it('never proposes a nominee for a title their profile or a published award already gives them', () => {
    const exemplarByKey = byKey(exemplars)
    const pending = nominations.filter((n) => n.status !== 'decided')
    expect(pending.some((n) => n.exemplarKey)).toBe(true)
    for (const nomination of pending) {
      const title = normalizeTitle(nomination.title)
      if (nomination.exemplarKey) {
        const exemplar = exemplarByKey.get(nomination.exemplarKey)
        expect(exemplar, nomination.key).toBeDefined()
        for (const achievement of exemplar?.achievements ?? []) {
          expect(normalizeTitle(achievement.text).includes(title), `${nomination.key}: ${exemplar?.name} already shows “${achievement.text}” (${achievement.year})`).toBe(false)
        }
      }
      const held = awards.filter(
        (a) =>
          !a.draft &&
          normalizeTitle(a.title) === title &&
          ((nomination.exemplarKey && a.exemplarKeys.includes(nomination.exemplarKey)) ||
            (nomination.nomineeName && a.otherRecipients.some((r) => r.name === nomination.nomineeName))),
      )
      expect(held.map((a) => a.key), `${nomination.key} proposes a title already awarded`).toEqual([])
    }
  })

  it('names no commune abolished on 1 July 2025 in content dated from that day or shown as current', () => {
    const texts = currentTexts()
    expect(texts.length).toBeGreaterThan(500)
    for (const { name, now, slug } of ABOLISHED) {
      const offending = texts.filter(({ text }) => name.test(text) || slug.test(text)).map(({ text, where }) => `${where}: ${text.slice(0, 120)}`)
      expect(offending, `use ${now} instead`).toEqual([])
    }
  })

  it('marks every replaced document expired and has it replaced by a later, published one', () => {
    const documentByKey = byKey(documents)
    const replaced = documents.filter((d) => d.replacedByKey)
    expect(replaced.length).toBeGreaterThanOrEqual(4)
    for (const doc of replaced) {
      const replacer = documentByKey.get(doc.replacedByKey ?? '')
      expect(replacer, `${doc.number} is replaced by an unknown document`).toBeDefined()
      expect(doc.status, doc.number).toBe('expired')
      expect((replacer?.issuedDate ?? '') > doc.issuedDate, `${doc.number} is replaced by ${replacer?.number}, issued earlier`).toBe(true)
      expect(replacer?.draft ?? false, `${doc.number} is replaced by a draft`).toBe(false)
      expect(doc.summary, `${doc.number}'s summary says it is in force`).not.toMatch(/còn hiệu lực|đang có hiệu lực/)
    }
  })

  it('records the replacements and the decree on decentralisation that the issue names', () => {
    const documentByKey = byKey(documents)
    expect(documentByKey.get('chi-thi-34-ct-tw-2014')).toMatchObject({ replacedByKey: 'chi-thi-41-ct-tw-2024', status: 'expired' })
    expect(documentByKey.get('chi-thi-03-ct-tw-2011')).toMatchObject({ replacedByKey: 'chi-thi-05-ct-tw-2016', status: 'expired' })
    expect(documentByKey.get('chi-thi-41-ct-tw-2024')).toMatchObject({ issuedDate: '2024-12-26', status: 'inForce' })
    // Amended in 2025 (Decree 83/2025/NĐ-CP), not replaced.
    expect(documentByKey.get('nghi-dinh-56-2013-nd-cp')).toMatchObject({ status: 'amended' })
    expect(documentByKey.get('nghi-dinh-56-2013-nd-cp')?.replacedByKey).toBeUndefined()
    expect(documentByKey.get('nghi-dinh-152-2025-nd-cp')).toMatchObject({ issuedDate: '2025-06-14', issuer: 'Chính phủ', number: '152/2025/NĐ-CP', status: 'inForce', type: 'decree' })
  })

  it('never calls a replaced document current in lessons, courses or later articles', () => {
    const documentByKey = byKey(documents)
    for (const doc of documents.filter((d) => d.replacedByKey)) {
      const since = documentByKey.get(doc.replacedByKey ?? '')?.issuedDate ?? ''
      const texts = [...lessons, ...courses, ...articles.filter((a) => a.publishedAt >= since)].flatMap(strings)
      const sentences = texts.flatMap((t) => t.split(/(?<=[.;:])\s+/)).filter((s) => s.includes(doc.number))
      const number = doc.number.replace(/[/.]/g, (c) => `\\${c}`)
      for (const sentence of sentences) {
        expect(sentence, doc.number).not.toMatch(new RegExp(`${number}[^.;()]{0,25}(hiện hành|đang áp dụng)`))
        if (/còn hiệu lực|đang có hiệu lực/.test(sentence)) expect(sentence, doc.number).toMatch(/thay thế|hết hiệu lực|trước đây/)
      }
    }
  })

  it('names the 11th National Patriotic Emulation Congress (December 2025), not the 10th, as the latest', () => {
    const texts = [...lessons, ...courses].flatMap(strings).filter((t) => /Đại hội Thi đua yêu nước toàn quốc/i.test(t))
    expect(texts.length).toBeGreaterThan(0)
    for (const text of texts) {
      if (/lần thứ X(?![IVX])/.test(text)) expect(text).toMatch(/lần thứ XI(?![IVX])/)
      expect(text).not.toMatch(/(gần đây nhất|mới nhất|gần nhất|gần đây)( là)?( Đại hội)? lần thứ (IX[^.;]* và lần thứ )?X(?![IVX])/)
    }
    expect(texts.some((t) => /lần thứ XI(?![IVX])/.test(t) && /12\/2025/.test(t) && /Hà Nội/.test(t))).toBe(true)
  })
})
