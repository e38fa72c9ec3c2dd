import { dictionary, LOCALES } from '@/i18n'
import { localizePath } from '@/lib/urls/sitePaths'

/**
 * "Page not found" in both languages, each marked with its own `lang`:
 * not-found pages get no route params, so they cannot tell the reader's language.
 */
export const NotFoundMessage = () => (
  <>
    {LOCALES.map((locale) => (
      <section key={locale} lang={locale}>
        {locale === 'vi' ? <h1>{dictionary(locale).errors.notFoundTitle}</h1> : <h2>{dictionary(locale).errors.notFoundTitle}</h2>}
        <p>{dictionary(locale).errors.notFoundText}</p>
        <p>
          <a href={localizePath(locale, '/')}>{dictionary(locale).errors.toHome}</a>
        </p>
      </section>
    ))}
  </>
)
