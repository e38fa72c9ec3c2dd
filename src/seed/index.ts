import type { Payload } from 'payload'

import { seedArticles, seedColumns } from './factories/columns'
import { seedAwards } from './factories/awards'
import { seedClusters } from './factories/clusters'
import { seedDocuments } from './factories/documents'
import { seedEvents } from './factories/events'
import { seedExemplars } from './factories/exemplars'
import { seedGlobals } from './factories/globals'
import { seedMovements } from './factories/movements'
import { seedNominations } from './factories/nominations'
import { seedProcedures } from './factories/procedures'
import { seedProvinces, seedSectors } from './factories/taxonomies'
import { seedCourses, seedLessons } from './factories/training'
import { seedTranslations } from './factories/translations'
import { seedUsers } from './factories/users'
import { emptyRefs, type SeedContext, type StepResult } from './context'

/** In dependency order: each step may refer to what the earlier ones created. */
const steps: [string, (ctx: SeedContext) => Promise<StepResult>][] = [
  ['Người dùng mẫu', seedUsers],
  ['Tỉnh, thành phố', seedProvinces],
  ['Ngành, lĩnh vực', seedSectors],
  ['Văn bản', seedDocuments],
  ['Phong trào thi đua', seedMovements],
  ['Gương điển hình', seedExemplars],
  ['Khen thưởng', seedAwards],
  ['Lấy ý kiến khen thưởng', seedNominations],
  ['Sự kiện', seedEvents],
  ['Thủ tục hành chính', seedProcedures],
  ['Cụm, khối thi đua', seedClusters],
  ['Chuyên mục', seedColumns],
  ['Bài viết', seedArticles],
  ['Khóa học', seedCourses],
  ['Bài học', seedLessons],
  ['Cài đặt, trang chủ', seedGlobals],
  ['Bản tiếng Anh', seedTranslations],
]

export type SeedSummary = { created: number; existing: number; seconds: number }

/**
 * Idempotent: each document is looked up by its natural key (slug, code,
 * email) and created only when missing, so a second run changes nothing.
 */
export const seedDemoContent = async ({ log = console.log, payload }: { log?: (line: string) => void; payload: Payload }): Promise<SeedSummary> => {
  const started = Date.now()
  const ctx: SeedContext = {
    log,
    payload,
    refs: emptyRefs(),
  }
  let created = 0
  let existing = 0
  for (const [index, [label, step]] of steps.entries()) {
    const stepStarted = Date.now()
    const result = await step(ctx)
    created += result.created
    existing += result.existing
    log(`[seed ${index + 1}/${steps.length}] ${label}: ${result.created} tạo mới, ${result.existing} đã có (${((Date.now() - stepStarted) / 1000).toFixed(1)} s)`)
  }
  return { created, existing, seconds: (Date.now() - started) / 1000 }
}
