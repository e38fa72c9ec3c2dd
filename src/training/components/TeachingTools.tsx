import Link from 'next/link'

import { dictionary, type Locale } from '@/i18n'
import { PrintButton } from './PrintButton.client'

/** What a trainer needs in front of a room: slides for the projector, handouts for the learners. */
export const TeachingTools = ({ lessonHref, locale }: { lessonHref: string; locale: Locale }) => {
  const t = dictionary(locale).courses
  return (
    <nav aria-label={t.toolsLabel} className="teaching-tools">
      <Link href={`${lessonHref}/trinh-chieu`}>{t.present}</Link>
      <PrintButton label={t.print} />
    </nav>
  )
}
