import { awardForms } from '@/collections/Awards/options'
import { exemplarKinds } from '@/collections/Exemplars/options'
import { nomineeOf } from '@/consultation/components/nominee'
import { consultationState } from '@/consultation/state'
import { dictionary } from '@/i18n'
import { formatDateTime } from '@/lib/dates/format'
import { escapeHtml } from '@/lib/html/escape'
import { optionLabel } from '@/lib/text/optionLabel'
import { sitePaths } from '@/lib/urls/sitePaths'
import { readFeedConsultations, readLastClosing } from './consultationQueries'
import { readFeedSettings } from './queries'
import { feedDocument, siteRights } from './channel'
import { absoluteUrl, authorsOf, categoriesOf, entryId, laterOf, paragraph } from './items'
import type { FeedDocument, FeedEntry } from './model'

const t = dictionary('vi').consultations

type Nomination = Awaited<ReturnType<typeof readFeedConsultations>>[number]

const SEND_OPINION = 'Gửi ý kiến'

const who = (n: Nomination): string => {
  const nominee = nomineeOf(n)
  return [`${nominee.name} (${optionLabel(exemplarKinds, nominee.kind)})`, nominee.unit, nominee.province].filter(Boolean).join(', ')
}

/** Who is proposed for what, by whom, until when; the achievements; where to send an opinion. */
const nominationHtml = (n: Nomination, link: string): string => {
  const nominee = nomineeOf(n)
  const lines = (n.achievements ?? '').split('\n').map((line) => line.trim()).filter(Boolean)
  return [
    paragraph(`${t.nominee}: ${who(n)}`),
    nominee.slug ? `<p><a href="${escapeHtml(absoluteUrl(sitePaths.exemplar(nominee.slug)))}">${escapeHtml(t.profile)}</a></p>` : '',
    paragraph(`${t.proposedForm}: ${n.title} (${optionLabel(awardForms, n.form)})`),
    paragraph(`${t.proposingBody}: ${n.proposingBody}`),
    paragraph(`${t.window}: ${t.windowRange(formatDateTime(n.opensAt), formatDateTime(n.closesAt))}`),
    lines.length ? `<h2>${escapeHtml(t.achievements)}</h2>${lines.map((line) => paragraph(line)).join('')}` : '',
    `<p><a href="${escapeHtml(link)}">${SEND_OPINION}</a></p>`,
  ].join('')
}

const entryOf = (n: Nomination & { slug: string }): FeedEntry => {
  const link = absoluteUrl(sitePaths.consultation(n.slug))
  return {
    authors: authorsOf(),
    categories: categoriesOf([optionLabel(awardForms, n.form), nomineeOf(n).province]),
    contentHtml: nominationHtml(n, link),
    id: entryId('nominations', n.id),
    link,
    // The consultation is news when it opens; an extension (only ever later) counts as a change.
    published: n.opensAt ?? n.updatedAt,
    summary: `${t.until(`${formatDateTime(n.closesAt)} (giờ Việt Nam)`)}. ${t.nominee}: ${who(n)}.`,
    title: `${nomineeOf(n).name} – đề nghị ${n.title}`,
    updated: laterOf(n.updatedAt, n.opensAt),
  }
}

/**
 * Nominations open for public comment (`lay-y-kien`, plan II.6d "through
 * the media"), closing soonest first: a newsroom reminding its readers
 * reaches first for the one about to close. `asOf` is the clock the windows
 * are read against; closed, withdrawn and draft nominations never appear.
 */
export const buildConsultationsFeed = async ({ asOf }: { asOf: string }): Promise<FeedDocument> => {
  const [settings, nominations, lastClosing] = await Promise.all([readFeedSettings(), readFeedConsultations(asOf), readLastClosing(asOf)])
  const now = Date.parse(asOf)
  const entries = nominations.flatMap((n) => (n.slug && consultationState(n, now) === 'open' ? [entryOf({ ...n, slug: n.slug })] : []))
  return feedDocument({
    also: [lastClosing],
    description: t.description,
    entries,
    name: 'lay-y-kien',
    rights: siteRights(settings),
    settings,
    sitePath: sitePaths.consultations,
    title: t.title,
  })
}
