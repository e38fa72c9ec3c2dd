import { dictionary, type Locale, LOCALES } from '@/i18n'
import { formatDate } from '@/lib/dates/format'
import { siteUrl } from '@/lib/urls/sitePaths'
import type { Media } from '@/payload-types'
import { formatSize } from './FileLink'
import { isMedia } from './Figure'

type Props = { date?: string | null; defaultLicence?: string | null; images: unknown[]; locale: Locale; path: string; publisher: string; title: string }

/**
 * What a reporter needs to reuse a page: every photo at full resolution with
 * its caption, credit and licence, and a citation in both languages.
 */
export const MediaKit = ({ date, defaultLicence, images, locale, path, publisher, title }: Props) => {
  const t = dictionary(locale).mediaKit
  const photos = images.filter(isMedia).filter((m, i, all) => all.findIndex((o) => o.id === m.id) === i)
  const url = `${siteUrl()}${path}`
  return (
    <section aria-labelledby="bo-tu-lieu" className="media-kit">
      <h2 id="bo-tu-lieu">{t.heading}</h2>
      {photos.length ? (
        <ul className="list">
          {photos.map((photo: Media) => (
            <li key={photo.id}>
              {photo.caption ? <p>{photo.caption}</p> : null}
              <p className="meta">
                {photo.credit ? `${t.photo} ${photo.credit} · ` : ''}
                {t.licence} {photo.licence || defaultLicence}
              </p>
              {photo.url ? (
                <a download href={photo.url}>
                  {t.original} ({[photo.width && photo.height ? t.dimensions(photo.width, photo.height) : '', formatSize(photo.filesize, locale)].filter(Boolean).join(', ')})
                </a>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <h3 className="h3">{t.cite}</h3>
      {LOCALES.map((lang) => (
        <p className="citation" key={lang} lang={lang}>
          {dictionary(lang).mediaKit.citeLine(title, publisher, formatDate(date), url)}
        </p>
      ))}
    </section>
  )
}
