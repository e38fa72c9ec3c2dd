import { exemplarKinds } from '@/collections/Exemplars/options'
import { dictionary } from '@/i18n'
import { richTextToHtml } from '@/lib/html/richTextHtml'
import { optionLabel } from '@/lib/text/optionLabel'
import { sitePaths } from '@/lib/urls/sitePaths'
import { readFeedExemplars } from './queries'
import { categoriesOf, htmlList, imageOf, paragraph } from './items'
import type { FeedDocument } from './model'
import { profileFeed } from './profileFeed'

const words = dictionary('vi')

const nameOf = (value: unknown): string | undefined => (value && typeof value === 'object' && 'name' in value ? String(value.name) : undefined)

/** The latest published exemplar profiles (`guong-dien-hinh`): story and achievements, filed under sector, province and kind. */
export const buildExemplarsFeed = (): Promise<FeedDocument> =>
  profileFeed({
    collection: 'exemplars',
    describe: (exemplar) => ({
      categories: categoriesOf([nameOf(exemplar.sector), nameOf(exemplar.province), optionLabel(exemplarKinds, exemplar.kind)]),
      contentHtml:
        (richTextToHtml(exemplar.story) || paragraph(exemplar.summary)) +
        htmlList(words.exemplars.achievements, (exemplar.achievements ?? []).map((a) => `${a.year}: ${a.text}`)),
      image: imageOf(exemplar.portrait),
      summary: exemplar.summary ?? '',
      title: exemplar.name,
    }),
    description: words.exemplars.description,
    name: 'guong-dien-hinh',
    read: readFeedExemplars,
    sitePath: sitePaths.exemplars,
    title: words.exemplars.title,
  })
