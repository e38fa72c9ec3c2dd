import { awardForms } from '@/collections/Awards/options'
import { nomineeOf } from '@/consultation/components/nominee'
import { dictionary } from '@/i18n'
import { formatDateTime } from '@/lib/dates/format'
import { optionLabel } from '@/lib/text/optionLabel'
import { pathsFor, siteUrl } from '@/lib/urls/sitePaths'
import { html } from '../html'
import type { LoadedConsultations } from '../load'
import { attribution, langOf, link } from './parts'
import type { RenderContext, Rendered } from './types'

/**
 * Nominations open for comment, closing soonest first: who, for what, until
 * when; unit, province and proposer in the full variant. Nominations are
 * written in Vietnamese only, so an English embed marks them as such.
 */
export const renderConsultations = ({ nominations }: LoadedConsultations, ctx: RenderContext): Rendered => {
  const t = dictionary(ctx.locale).consultations
  const full = ctx.options.variant === 'full'
  const paths = pathsFor(ctx.locale)
  const vi = langOf(ctx.locale === 'vi')
  const items = nominations.slice(0, ctx.options.n).map((n) => {
    const nominee = nomineeOf(n)
    const details = [nominee.unit, nominee.province, n.proposingBody ? `${t.proposingBody}: ${n.proposingBody}` : null].filter(Boolean).join(' · ')
    return html`<li><h2${vi}>${link(`${siteUrl()}${paths.consultation(n.slug ?? '')}`, nominee.name)}</h2><p class="meta"><span${vi}>${n.title}</span> · ${optionLabel(awardForms, n.form, ctx.locale)}</p>${
      full && details ? html`<p class="meta"${vi}>${details}</p>` : ''
    }<p><span class="tag">${t.until(formatDateTime(n.closesAt))}</span></p></li>`
  })
  const body = html`<main><h1>${link(ctx.canonical, t.title)}</h1>${full ? html`<p class="meta">${t.description}</p>` : ''}${
    items.length > 0 ? html`<ul class="items">${items}</ul>` : html`<p>${t.emptyOpen}</p>`
  }</main>${attribution({ canonical: ctx.canonical, siteName: ctx.siteName, words: ctx.words })}`
  return { body, title: t.title }
}
