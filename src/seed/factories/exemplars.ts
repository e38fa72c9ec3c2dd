import { exemplars } from '../data/exemplars'
import type { ExemplarStage, SeedExemplar } from '../data/types'
import { vietnamMidnight } from '@/lib/dates/format'
import { toRichText } from '../generate/lexical'
import { createIllustration } from './media'
import { findIdBy, publishState, resolve, resolveOne, seedOptions, type SeedContext, upsertEach } from '../context'

const STAGES: ExemplarStage[] = ['discovered', 'nurtured', 'summarized', 'replicated']
const STAGE_NOTES: Record<ExemplarStage, string> = {
  discovered: 'Phát hiện qua phong trào thi đua ở cơ sở.',
  nurtured: 'Đưa vào danh sách bồi dưỡng, hỗ trợ hoàn thiện mô hình.',
  summarized: 'Hội đồng Thi đua – Khen thưởng tổng kết, đánh giá hiệu quả.',
  replicated: 'Nhân rộng mô hình, tuyên truyền trên các chuyên mục.',
}

/** A plausible backdated history: one step a year, ending in the year recognized. */
const stageHistory = (e: SeedExemplar) => {
  const reached = STAGES.indexOf(e.stage)
  return STAGES.slice(0, reached + 1).map((stage, i) => ({
    changedAt: vietnamMidnight(`${e.yearRecognized - (reached - i)}-06-11`),
    note: STAGE_NOTES[stage],
    stage,
  }))
}

const flagsOf = (e: SeedExemplar) => Object.fromEntries(e.flags.map((flag) => [flag, true]))

export const seedExemplars = ({ payload, refs }: SeedContext) =>
  upsertEach({
    items: exemplars,
    map: refs.exemplars,
    findExisting: (e) => findIdBy({ collection: 'exemplars', field: 'slug', payload, value: e.key }),
    create: async (e) => {
      const portrait = await createIllustration({
        alt: e.kind === 'individual' ? `Ảnh chân dung minh họa của ${e.name}` : `Ảnh tập thể minh họa của ${e.name}`,
        caption: `${e.name} – ${e.organization} (ảnh minh họa)`,
        key: e.key,
        kind: e.kind,
        payload,
      })
      const doc = await payload.create({
        collection: 'exemplars',
        data: {
          ...publishState(e.draft),
          achievements: e.achievements,
          commune: e.commune,
          featured: Boolean(e.featured),
          flags: flagsOf(e),
          kind: e.kind,
          name: e.name,
          organization: e.organization,
          portrait,
          position: e.position,
          province: resolveOne(refs.provinces, e.provinceCode, 'province'),
          relatedMovements: resolve(refs.movements, e.movementKeys, 'movement'),
          sector: resolveOne(refs.sectors, e.sectorKey, 'sector'),
          slug: e.key,
          sources: e.sources.map((s) => ({ ...s, date: vietnamMidnight(s.date) })),
          stage: e.stage,
          stageHistory: stageHistory(e),
          story: await toRichText({ config: payload.config, paragraphs: e.story }),
          summary: e.summary,
          yearRecognized: e.yearRecognized,
        },
        draft: e.draft,
        ...seedOptions,
      })
      return doc.id
    },
  })
