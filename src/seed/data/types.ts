/**
 * Shapes of the demo content. Data files reference each other by `key`
 * (which doubles as the slug), never by database id, so the seed stays
 * adapter-independent and idempotent.
 */

/** Dates are ISO calendar dates, `YYYY-MM-DD`, read as Asia/Ho_Chi_Minh. */
export type IsoDate = string

export type SeedProvince = {
  code: string
  name: string
  nameEn: string
  kind: 'city' | 'province'
}

export type SeedSector = { key: string; name: string; nameEn: string }

export type ExemplarFlag = 'directWorker' | 'remote' | 'border' | 'island' | 'ethnicMinority' | 'foreign'
export type ExemplarStage = 'discovered' | 'nurtured' | 'summarized' | 'replicated'

export type SeedSource = { title: string; issuer: string; date: IsoDate; url?: string }

export type SeedExemplar = {
  key: string
  kind: 'individual' | 'collective'
  name: string
  /** Individuals only: job title or role. */
  position?: string
  organization: string
  provinceCode: string
  commune?: string
  sectorKey: string
  flags: ExemplarFlag[]
  stage: ExemplarStage
  /** ≤ 300 characters. */
  summary: string
  /** Paragraphs; a paragraph starting with "## " is a heading. */
  story: string[]
  achievements: { year: number; text: string }[]
  yearRecognized: number
  featured?: boolean
  movementKeys: string[]
  sources: SeedSource[]
  /** Left unpublished by the seed. */
  draft?: boolean
}

export type MovementType = 'annual' | 'periodic' | 'thematic'
export type MovementLevel = 'national' | 'ministry' | 'provincial' | 'grassroots'
export type MilestoneKind = 'launch' | 'preliminaryReview' | 'finalReview' | 'other'

export type SeedMovement = {
  key: string
  name: string
  slogan: string
  type: MovementType
  issuingBody: string
  level: MovementLevel
  objectives: string[]
  targets: { indicator: string; target: number; unit: string; achieved?: number }[]
  content: string[]
  measures: string[]
  participants: string
  criteria: string[]
  start: IsoDate
  end?: IsoDate
  milestones: { kind: MilestoneKind; date: IsoDate; title: string; report: string[] }[]
  documentKeys: string[]
  draft?: boolean
}

/** Law 06/2022/QH15 art. 9 forms, plus emulation titles (art. 8). */
export type AwardForm =
  | 'order'
  | 'medal'
  | 'stateHonoraryTitle'
  | 'prize'
  | 'commemorativeMedal'
  | 'certificateOfMerit'
  | 'certificateOfCommendation'
  | 'emulationTitle'

export type SeedAward = {
  key: string
  decisionNumber: string
  decisionDate: IsoDate
  issuer: string
  form: AwardForm
  /** The specific title or class, e.g. "Huân chương Lao động hạng Ba". */
  title: string
  exemplarKeys: string[]
  otherRecipients: { name: string; kind: 'individual' | 'collective'; unit?: string }[]
  reason: string
  year: number
  provinceCode?: string
  sectorKey?: string
  movementKey?: string
  draft?: boolean
}

export type SeedColumn = {
  key: string
  name: string
  description: string
  licence: string
  attribution: string
  order: number
}

export type SeedArticle = {
  key: string
  columnKey: string
  title: string
  summary: string
  /** Paragraphs; "## " starts a heading, "> " a quotation. */
  body: string[]
  byline: string
  exemplarKeys: string[]
  movementKeys: string[]
  tags: string[]
  publishedAt: IsoDate
  draft?: boolean
}

export type SeedCourse = {
  key: string
  title: string
  audience: string
  /** Values of the course's `audience` select, for the catalogue filter. */
  audienceKeys: ('leaders' | 'officers' | 'public' | 'students')[]
  topics: string[]
  description: string
  objectives: string[]
  hours: number
  modules: { title: string; description: string }[]
}

export type SeedLesson = {
  key: string
  courseKey: string
  /** 1-based index into the course's modules. */
  moduleNumber: number
  order: number
  title: string
  objectives: string[]
  /** Paragraphs; "## " starts a heading, "> " a quotation. */
  body: string[]
  durationMinutes: number
  /** A generated illustration placed in the body after this many paragraphs (so course packs carry an image). */
  figure?: { afterParagraph: number; alt: string; caption: string }
  /** Each becomes a locally generated PDF handout with this title. */
  attachments: { title: string; paragraphs: string[] }[]
  sourceDocumentKeys: string[]
  questions: { question: string; answer: string }[]
  draft?: boolean
}

export type DocumentType =
  | 'directive'
  | 'resolution'
  | 'law'
  | 'decree'
  | 'circular'
  | 'plan'
  | 'decision'
  | 'guidance'
  | 'other'

export type SeedDocument = {
  key: string
  number: string
  title: string
  type: DocumentType
  issuer: string
  issuedDate: IsoDate
  effectiveDate?: IsoDate
  summary: string
  status: 'inForce' | 'amended' | 'expired'
  /** Key of the later document that replaced this one (the document must then be `expired`). */
  replacedByKey?: string
  draft?: boolean
}
