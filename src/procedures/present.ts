import type { File, LegalDocument, Procedure } from '@/payload-types'
import { publishedRelations } from '@/lib/queries/relations'

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null

/** A textarea's paragraphs: one per non-empty line, trimmed. */
export const paragraphsOf = (text: string | null | undefined): string[] =>
  (text ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)

/**
 * The legal basis a reader may open: published documents with a page (a
 * slug). Access leaves an unpublished one as a bare id for readers; an
 * editor's preview may populate a draft, which is left out too.
 */
export const publishedLegalBasis = (legalBasis: Procedure['legalBasis']): LegalDocument[] =>
  publishedRelations(legalBasis).filter((d) => typeof d.slug === 'string' && d.slug.length > 0)

export type DossierRow = { file?: File; key: string; name: string }

/** Dossier rows with their form file when it is there to download (a deleted file leaves an id or nothing). */
export const dossierRows = (dossier: Procedure['dossier']): DossierRow[] =>
  (dossier ?? []).map((row, i) => ({
    file: isObject(row.form) && typeof row.form.url === 'string' ? (row.form as File) : undefined,
    key: row.id ?? String(i),
    name: row.name,
  }))
