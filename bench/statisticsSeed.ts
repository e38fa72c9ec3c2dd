/**
 * The data of `npm run bench:stats`, run by it as a child process on its
 * throw-away database (the variables it set are inherited): 20 movements,
 * 2 000 published profiles and BENCH_AWARDS (100 000) published decisions of
 * about 3 recipients each, spread over 2015–2025, the eight forms, the 34
 * provinces and the sectors. Written through the adapter (`payload.db.create`,
 * no versions, no hooks; the same call on every adapter), with statFacts from
 * computeStatFacts as the save hook would write them, in transactions of 1 000.
 * A child, so the measurements start on a fresh heap: on SQLite each insert
 * leaves some 57 kB of native memory behind (6 GB for 100 000; not the JS
 * heap, and not freed by a collection), which would skew them.
 */
import { emptyRefs } from '@/seed/context'
import { migratedPayload } from './throwAwayDatabase'

const AWARDS = Number(process.env.BENCH_AWARDS ?? 100_000)
const EXEMPLARS = 2_000
const BATCH = 1_000
const FORMS = ['order', 'medal', 'stateHonoraryTitle', 'prize', 'commemorativeMedal', 'certificateOfMerit', 'certificateOfCommendation', 'emulationTitle']
const FLAGS = ['directWorker', 'remote', 'border', 'island', 'ethnicMinority', 'foreign'] as const

const payload = await migratedPayload()
const { computeStatFacts } = await import('@/collections/Awards/statFacts')
const { seedProvinces, seedSectors } = await import('@/seed/factories/taxonomies')

/** A fixed pseudo-random sequence (mulberry32), so two runs insert the same rows. */
let seed = 42
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]
const flags = (chance: number) => Object.fromEntries(FLAGS.map((f) => [f, random() < chance]))

/** Inserts in batches, one transaction each (SQLite without transactions writes each row to disk on its own). */
const inTransactions = async (count: number, insert: (i: number, req: { transactionID?: number | string }) => Promise<unknown>) => {
  for (let start = 0; start < count; start += BATCH) {
    const transactionID = (await payload.db.beginTransaction()) ?? undefined
    for (let i = start; i < Math.min(count, start + BATCH); i++) await insert(i, { transactionID })
    if (transactionID !== undefined) await payload.db.commitTransaction(transactionID)
  }
}

const refs = emptyRefs()
await seedProvinces({ log: () => undefined, payload, refs })
await seedSectors({ log: () => undefined, payload, refs })
const provinces = [...refs.provinces.values()]
const sectors = [...refs.sectors.values()]
const movements: (number | string)[] = []
for (let i = 0; i < 20; i++) {
  const data = { _status: 'published' as const, level: 'national' as const, name: `Phong trào ${i + 1}`, period: { start: '2015-01-01T00:00:00.000Z' }, type: 'periodic' as const }
  movements.push((await payload.create({ collection: 'movements', context: { disableRevalidate: true }, data, overrideAccess: true })).id)
}
const exemplars: (number | string)[] = []
await inTransactions(EXEMPLARS, async (i, req) => {
  const data = { _status: 'published', flags: flags(0.15), kind: random() < 0.7 ? 'individual' : 'collective', name: `Gương ${i}`, province: pick(provinces), relatedMovements: [pick(movements)], sector: pick(sectors), slug: `guong-${i}`, stage: pick(['discovered', 'nurtured', 'summarized', 'replicated']), yearRecognized: 2015 + (i % 11) }
  exemplars.push((await payload.db.create({ collection: 'exemplars', data, locale: 'vi', req })).id)
})
const started = performance.now()
await inTransactions(AWARDS, async (i, req) => {
  const year = 2015 + (i % 11)
  const recipients = random() < 0.3 ? [pick(exemplars)] : []
  // Array rows need the id the Local API would have generated.
  const otherRecipients = Array.from({ length: recipients.length ? 2 : 3 }, (_, n) => ({ flags: flags(0.1), id: `${i.toString(16)}-${n}`, kind: random() < 0.75 ? 'individual' : 'collective', name: `Người nhận ${i}-${n}`, province: random() < 0.5 ? pick(provinces) : null }))
  const data = {
    _status: 'published', awardTitle: 'Bằng khen', decisionDate: `${year}-06-11T00:00:00.000Z`, decisionNumber: `${i}/QĐ-BENCH`, form: pick(FORMS), issuer: 'Thủ tướng Chính phủ',
    movement: random() < 0.6 ? pick(movements) : null, otherRecipients, province: pick(provinces), recipients, sector: pick(sectors), slug: `qd-${i}`,
    statFacts: computeStatFacts({ otherRecipients, recipients }), year,
  }
  await payload.db.create({ collection: 'awards', data, locale: 'vi', req, returning: false })
})
const rss = (process.memoryUsage().rss / 1024 / 1024).toFixed(0)
console.log(`[bench] inserted ${AWARDS.toLocaleString('en')} decisions in ${((performance.now() - started) / 1000).toFixed(0)} s (${EXEMPLARS} profiles, ${provinces.length} provinces, ${sectors.length} sectors, 20 movements; seeding process rss ${rss} MB)`)
process.exit(0)
