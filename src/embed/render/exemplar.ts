import { exemplarKinds, exemplarStages } from '@/collections/Exemplars/options'
import { dictionary } from '@/i18n'
import { optionLabel } from '@/lib/text/optionLabel'
import { html } from '../html'
import type { LoadedExemplar } from '../load'
import { attribution, image, langOf, link, untranslatedNote } from './parts'
import type { RenderContext, Rendered } from './types'

const ACHIEVEMENTS_SHOWN = 5

/** An exemplar card: portrait, name, who and where, stage; the summary and latest achievements when full. */
export const renderExemplar = ({ exemplar, translated }: LoadedExemplar, ctx: RenderContext): Rendered => {
  const full = ctx.options.variant === 'full'
  const province = typeof exemplar.province === 'object' && exemplar.province ? exemplar.province.name : null
  const who = [optionLabel(exemplarKinds, exemplar.kind, ctx.locale), exemplar.position, exemplar.organization, province].filter(Boolean).join(' · ')
  const achievements = full ? [...(exemplar.achievements ?? [])].sort((a, b) => b.year - a.year).slice(0, ACHIEVEMENTS_SHOWN) : []
  const lang = langOf(translated)
  const body = html`<main class="card">${image(exemplar.portrait, 'thumbnail')}<div><h1${lang}>${link(ctx.canonical, exemplar.name)}</h1><p class="meta">${who}</p><p><span class="tag">${optionLabel(exemplarStages, exemplar.stage, ctx.locale)}</span>${
    exemplar.yearRecognized ? html` <span class="meta">${dictionary(ctx.locale).exemplars.yearRecognized}: ${exemplar.yearRecognized}</span>` : ''
  }</p>${full && exemplar.summary ? html`<p${lang}>${exemplar.summary}</p>` : ''}${
    achievements.length > 0 ? html`<h2>${dictionary(ctx.locale).exemplars.achievements}</h2><ul${lang}>${achievements.map((a) => html`<li>${a.year}: ${a.text}</li>`)}</ul>` : ''
  }</div></main>${untranslatedNote(translated, ctx.words)}${attribution({ canonical: ctx.canonical, siteName: ctx.siteName, words: ctx.words })}`
  return { body, title: exemplar.name }
}
