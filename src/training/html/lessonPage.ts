import { dictionary } from '@/i18n'
import { formatDate } from '@/lib/dates/format'
import { escapeHtml as e } from '@/lib/html/escape'
import { richTextToHtml } from '@/lib/html/richTextHtml'
import { pathsFor, siteUrl } from '@/lib/urls/sitePaths'
import type { Media } from '@/payload-types'
import type { CourseContent } from '../content'
import { attachmentList } from './courseIndex'
import { printableImage } from './images'
import { htmlDocument } from './layout'
import type { Links } from './links'

/**
 * One lesson as a standalone page to read or print: objectives, body with
 * its images, self-check questions with their answers (on paper there is
 * nothing to click), attachments, cited sources, previous and next lesson.
 */
export const renderLessonPage = ({ banner = '', content, index, links }: { banner?: string; content: CourseContent; index: number; links: Links }): string => {
  const { course, lessons, locale } = content
  const lesson = lessons[index]
  const t = dictionary(locale)
  const previous = lessons[index - 1]
  const next = lessons[index + 1]
  const body = richTextToHtml(lesson.body, {
    imageSrc: (media) => {
      const image = printableImage(media as Partial<Media>)
      return image ? links.image(image) : null
    },
  })
  const online = `${siteUrl()}${pathsFor(locale).lesson(course.slug ?? '', lesson.slug ?? '')}`
  const pager = `<nav class="pager" aria-label="${e(t.courses.lessonNav)}">${previous ? `<a href="${e(links.lesson(previous))}" rel="prev">← ${e(t.coursePack.previousLesson)}: ${e(previous.title)}</a>` : '<span></span>'}<a href="${e(links.index)}">${e(t.coursePack.backToCourse)}</a>${next ? `<a href="${e(links.lesson(next))}" rel="next">${e(t.coursePack.nextLesson)}: ${e(next.title)} →</a>` : '<span></span>'}</nav>`
  const sections = [
    lesson.objectives?.length ? `<section class="box"><h2>${e(t.courses.lessonObjectives)}</h2><ul>${lesson.objectives.map((o) => `<li>${e(o.text)}</li>`).join('')}</ul></section>` : '',
    `<div class="lesson-body">${body}</div>`,
    lesson.questions?.length
      ? `<section><h2>${e(t.courses.questions)}</h2><ol>${lesson.questions.map((q) => `<li><p>${e(q.question)}</p><p class="answer"><strong>${e(t.coursePack.answer)}:</strong> ${e(q.answer)}</p></li>`).join('')}</ol></section>`
      : '',
    lesson.attachments.length ? `<section><h2>${e(t.courses.attachments)}</h2>${attachmentList({ content, lesson, links })}</section>` : '',
    lesson.sources.length ? `<section><h2>${e(t.courses.sources)}</h2><ul>${lesson.sources.map((d) => `<li>${e(d.title)} (${e(d.number)}, ${e(formatDate(d.issuedDate))})</li>`).join('')}</ul></section>` : '',
  ]
  const html = `${banner}
<header><p class="meta"><a href="${e(links.index)}">${e(course.title)}</a> · ${e(t.coursePack.lessonOf(index + 1, lessons.length))}</p><h1>${e(lesson.title)}</h1>
${lesson.durationMinutes ? `<p class="meta">${e(t.courses.duration(lesson.durationMinutes))}</p>` : ''}</header>
${sections.filter(Boolean).join('\n')}
${pager}
${banner ? '' : `<footer><p class="meta">${e(t.coursePack.generatedFrom)} <a href="${e(online)}">${e(online)}</a></p></footer>`}`
  return htmlDocument({ body: html, lang: locale, noindex: Boolean(banner), title: `${lesson.title} – ${course.title}` })
}
