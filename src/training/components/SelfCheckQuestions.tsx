import { dictionary, type Locale } from '@/i18n'
import type { Lesson } from '@/payload-types'

/**
 * Questions with answers behind <details>: revealed on demand, with no
 * script. Shared by the lesson page and its last slide.
 */
export const SelfCheckQuestions = ({ className, headingId, id, lang, locale, questions }: { className?: string; headingId: string; id?: string; lang?: string; locale: Locale; questions: NonNullable<Lesson['questions']> }) => {
  const t = dictionary(locale).courses
  return (
    <section aria-labelledby={headingId} className={className} id={id}>
      <h2 id={headingId} lang={locale}>{t.questions}</h2>
      <ol lang={lang}>
        {questions.map((q) => (
          <li key={q.id ?? q.question}>
            <p>{q.question}</p>
            <details>
              <summary lang={locale}>{t.answer}</summary>
              <p>{q.answer}</p>
            </details>
          </li>
        ))}
      </ol>
    </section>
  )
}
