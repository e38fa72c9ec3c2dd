import { awardForms } from '@/collections/Awards/options'
import type { Locale } from '@/i18n/locales'
import type { Award } from '@/payload-types'
import { recipientsOf } from '../recipients'
import { optionLabel } from '@/lib/text/optionLabel'
import { pathsFor, siteUrl } from '@/lib/urls/sitePaths'

/** One decision as the open data publishes it (dates stay ISO here; the CSV formats them). */
export type RegisterRow = {
  awardTitle: string
  decisionDate: string
  decisionNumber: string
  form: string
  issuer: string
  movement: string
  province: string
  recipients: string[]
  sector: string
  units: string[]
  url: string
}

export const REGISTER_LICENCE = { attribution: 'Nguồn: Cổng Thi đua', name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const

/** A populated relationship's name; an id alone (unpublished or unreadable) publishes nothing. */
const nameOf = (value: unknown): string => (value !== null && typeof value === 'object' && typeof (value as { name?: unknown }).name === 'string' ? (value as { name: string }).name : '')

/** The fields the export selects. */
export type RegisterAward = Pick<Award, 'awardTitle' | 'decisionDate' | 'decisionNumber' | 'form' | 'id' | 'issuer' | 'movement' | 'otherRecipients' | 'province' | 'recipients' | 'sector' | 'slug'>

export const registerRows = (docs: RegisterAward[], locale: Locale): RegisterRow[] => {
  const paths = pathsFor(locale)
  return docs.map((a) => {
    const recipients = recipientsOf(a, paths.exemplar)
    return {
      awardTitle: a.awardTitle,
      decisionDate: a.decisionDate,
      decisionNumber: a.decisionNumber,
      form: optionLabel(awardForms, a.form, locale),
      issuer: a.issuer,
      movement: nameOf(a.movement),
      province: nameOf(a.province),
      recipients: recipients.map((r) => r.name),
      sector: nameOf(a.sector),
      units: [...new Set(recipients.map((r) => r.unit).filter((u): u is string => Boolean(u)))],
      url: `${siteUrl()}${paths.award(a.slug ?? String(a.id))}`,
    }
  })
}
