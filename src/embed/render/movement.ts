import { movementLevels, movementTypes } from '@/collections/Movements/options'
import { movementStatuses } from '@/collections/Movements/status'
import { dictionary } from '@/i18n'
import { formatDate } from '@/lib/dates/format'
import { optionLabel } from '@/lib/text/optionLabel'
import { html } from '../html'
import type { LoadedMovement } from '../load'
import { attribution, figure, langOf, link, untranslatedNote } from './parts'
import type { RenderContext, Rendered } from './types'

const OBJECTIVES_SHOWN = 5

/** A movement card: name, slogan, kind, level, period and status; cover, issuer and objectives when full. */
export const renderMovement = ({ movement, translated }: LoadedMovement, ctx: RenderContext): Rendered => {
  const full = ctx.options.variant === 'full'
  const t = dictionary(ctx.locale)
  const period = `${formatDate(movement.period?.start)}${movement.period?.end ? ` – ${formatDate(movement.period.end)}` : t.common.untilNow}`
  const facts = [optionLabel(movementTypes, movement.type, ctx.locale), optionLabel(movementLevels, movement.level, ctx.locale), period].filter(Boolean).join(' · ')
  const objectives = full ? (movement.objectives ?? []).slice(0, OBJECTIVES_SHOWN) : []
  const lang = langOf(translated)
  const body = html`<main>${full ? figure(movement.cover, 'card') : ''}<h1${lang}>${link(ctx.canonical, movement.name)}</h1>${movement.slogan ? html`<p${lang}><em>${movement.slogan}</em></p>` : ''}<p class="meta">${facts}</p>${
    movement.status ? html`<p><span class="tag">${optionLabel(movementStatuses, movement.status, ctx.locale)}</span></p>` : ''
  }${full && movement.issuingBody ? html`<p class="meta">${t.movements.issuingBody}: ${movement.issuingBody}</p>` : ''}${
    objectives.length > 0 ? html`<h2>${t.movements.objectives}</h2><ul${lang}>${objectives.map((o) => html`<li>${o.text}</li>`)}</ul>` : ''
  }${untranslatedNote(translated, ctx.words)}</main>${attribution({ canonical: ctx.canonical, siteName: ctx.siteName, words: ctx.words })}`
  return { body, title: movement.name }
}
