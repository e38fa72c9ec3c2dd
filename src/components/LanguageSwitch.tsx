import { dictionary, type Locale, otherLocale } from '@/i18n'
import { localizePath, unlocalizePath } from '@/lib/urls/sitePaths'

/**
 * A link to the same page in the other language. A plain <a>, not next/link:
 * the two languages are different root layouts (<html lang>), so the switch
 * is a full page load.
 */
export const LanguageSwitch = ({ locale, path }: { locale: Locale; path: string }) => {
  const other = otherLocale(locale)
  return (
    <p className="language-switch">
      <span className="visually-hidden">{dictionary(locale).language.label}: </span>
      <a href={localizePath(other, unlocalizePath(path))} hrefLang={other} lang={other}>
        {dictionary(locale).language.switchTo}
      </a>
    </p>
  )
}

/** Said on an English page whose document has no English text yet; the Vietnamese below is marked lang="vi". */
export const UntranslatedNote = ({ locale, translated }: { locale: Locale; translated: boolean }) =>
  locale !== 'vi' && !translated ? (
    <p className="note untranslated" role="note">
      {dictionary(locale).language.untranslated}
    </p>
  ) : null

/** The `lang` of content text: Vietnamese when it fell back from an untranslated English read. */
export const contentLang = (locale: Locale, translated: boolean): Locale | undefined => (locale !== 'vi' && !translated ? 'vi' : undefined)
