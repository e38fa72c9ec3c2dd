import { dictionary, type Locale } from '@/i18n'
import type { Course, Lesson } from '@/payload-types'
import { splitIntoSlides } from '../slides/split'
import { RichText } from '@/components/RichText'
import { SelfCheckQuestions } from './SelfCheckQuestions'
import { SlideDeck } from './SlideDeck.client'

type Props = { course: Pick<Course, 'title'>; exitHref: string; lang?: string; lesson: Lesson; locale: Locale }

/** A lesson as slides: title and objectives, one slide per section heading, then the self-check questions. */
export const LessonSlides = ({ course, exitHref, lang, lesson, locale }: Props) => {
  const t = dictionary(locale).courses
  const sections = splitIntoSlides(lesson.body)
  const questions = lesson.questions ?? []
  const total = 1 + sections.length + (questions.length ? 1 : 0)
  const labels = { exit: t.exitPresentation, fullscreen: t.fullscreen, help: t.keyboardHelp, next: t.nextSlide, previous: t.previousSlide, slideOf: t.slideOf, slides: t.slidesLabel }
  return (
    <SlideDeck exitHref={exitHref} labels={labels} total={total}>
      <section aria-labelledby="trang-1-tieu-de" className="slide slide-title" id="trang-1" lang={lang}>
        <p className="slide-kicker">{course.title}</p>
        <h1 id="trang-1-tieu-de">{lesson.title}</h1>
        {lesson.durationMinutes ? <p className="slide-kicker" lang={locale}>{t.duration(lesson.durationMinutes)}</p> : null}
        {lesson.objectives?.length ? (
          <>
            <h2 lang={locale}>{t.lessonObjectives}</h2>
            <ul>
              {lesson.objectives.map((o) => (
                <li key={o.id ?? o.text}>{o.text}</li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
      {sections.map((s, i) => (
        <section aria-label={s.heading ?? t.slideOf.replace('{n}', String(i + 2)).replace('{total}', String(total))} className="slide" id={`trang-${i + 2}`} key={`${i}-${s.heading}`} lang={lang}>
          {s.heading ? <h2>{s.heading}</h2> : null}
          {s.body ? <RichText data={s.body} locale={locale} /> : null}
        </section>
      ))}
      {questions.length ? <SelfCheckQuestions className="slide" headingId="trang-cau-hoi" id={`trang-${total}`} lang={lang} locale={locale} questions={questions} /> : null}
    </SlideDeck>
  )
}
