import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

type Doc = Record<string, unknown>

const MAX_BODY_CHARS = 20_000

const plain = (value: unknown): string => {
  if (!value || typeof value !== 'object' || !('root' in value)) return ''
  return convertLexicalToPlaintext({ data: value as SerializedEditorState })
}

const lines = (value: unknown, key = 'text'): string =>
  Array.isArray(value) ? value.map((row) => (row && typeof row === 'object' ? String((row as Doc)[key] ?? '') : '')).join('\n') : ''

const str = (value: unknown): string => (typeof value === 'string' ? value : '')

export type SearchText = { body: string; summary: string; title: string }

/**
 * What a reader can search in each collection, split by weight: the title
 * ranks above the summary, which ranks above the body.
 */
export const extractSearchText = (collection: string, doc: Doc): SearchText => {
  const pick = (): SearchText => {
    switch (collection) {
      case 'exemplars':
        return {
          body: [plain(doc.story), lines(doc.achievements), str(doc.position), str(doc.commune)].join('\n'),
          summary: [str(doc.summary), str(doc.organization)].join('\n'),
          title: str(doc.name),
        }
      case 'movements':
        return {
          body: [lines(doc.objectives), lines(doc.content), lines(doc.measures), lines(doc.criteria), str(doc.participants)].join('\n'),
          summary: [str(doc.slogan), str(doc.issuingBody)].join('\n'),
          title: str(doc.name),
        }
      case 'awards':
        return {
          body: [str(doc.reason), lines(doc.otherRecipients, 'name'), lines(doc.otherRecipients, 'unit')].join('\n'),
          summary: [str(doc.decisionNumber), str(doc.issuer)].join('\n'),
          title: str(doc.awardTitle),
        }
      case 'articles':
        return { body: [plain(doc.body), str(doc.byline)].join('\n'), summary: str(doc.summary), title: str(doc.title) }
      case 'lessons':
        return { body: [plain(doc.body), lines(doc.questions, 'question')].join('\n'), summary: lines(doc.objectives), title: str(doc.title) }
      case 'documents':
        return { body: str(doc.issuer), summary: [str(doc.number), str(doc.summary)].join('\n'), title: str(doc.title) }
      case 'procedures':
        return {
          body: [str(doc.applicants), lines(doc.steps, 'title'), lines(doc.steps, 'detail'), lines(doc.dossier, 'name'), str(doc.agency), str(doc.result)].join('\n'),
          summary: [str(doc.code), str(doc.summary)].filter(Boolean).join('\n'),
          title: str(doc.name),
        }
      case 'events':
        return { body: [plain(doc.programme), str(doc.venue)].join('\n'), summary: [str(doc.summary), str(doc.organizer)].filter(Boolean).join('\n'), title: str(doc.title) }
      default:
        return { body: '', summary: '', title: str(doc.title ?? doc.name) }
    }
  }
  const text = pick()
  return { ...text, body: text.body.slice(0, MAX_BODY_CHARS) }
}
