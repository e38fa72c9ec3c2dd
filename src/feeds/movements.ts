import { movementLevels, movementTypes } from '@/collections/Movements/options'
import { dictionary } from '@/i18n'
import { formatDate } from '@/lib/dates/format'
import { escapeHtml } from '@/lib/html/escape'
import { optionLabel } from '@/lib/text/optionLabel'
import { sitePaths } from '@/lib/urls/sitePaths'
import { readFeedMovements } from './queries'
import { categoriesOf, htmlList, imageOf, paragraph } from './items'
import type { FeedDocument } from './model'
import { profileFeed } from './profileFeed'

const words = dictionary('vi')

type Movement = Awaited<ReturnType<typeof readFeedMovements>>[number]

/** Movements have no rich text body: their content is the slogan, who launched them, when, and the objectives. */
const movementHtml = (movement: Movement): string => {
  const start = formatDate(movement.period?.start)
  const period = movement.period?.end ? `${start} – ${formatDate(movement.period.end)}` : `${start}${words.common.untilNow}`
  return [
    movement.slogan ? `<p><em>“${escapeHtml(movement.slogan)}”</em></p>` : '',
    movement.issuingBody ? paragraph(`${words.movements.issuingBody}: ${movement.issuingBody}`) : '',
    start ? paragraph(`${words.movements.period}: ${period}`) : '',
    htmlList(words.movements.objectives, (movement.objectives ?? []).map((o) => o.text)),
  ].join('')
}

/** The latest published emulation movements (`phong-trao`), filed under their type and level. */
export const buildMovementsFeed = (): Promise<FeedDocument> =>
  profileFeed({
    collection: 'movements',
    describe: (movement) => ({
      categories: categoriesOf([optionLabel(movementTypes, movement.type), optionLabel(movementLevels, movement.level)]),
      contentHtml: movementHtml(movement),
      image: imageOf(movement.cover),
      summary: movement.slogan ?? '',
      title: movement.name,
    }),
    description: words.movements.description,
    name: 'phong-trao',
    read: readFeedMovements,
    sitePath: sitePaths.movements,
    title: words.movements.title,
  })
