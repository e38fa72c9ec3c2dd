import { dictionary } from '@/i18n'
import { escapeHtml as e } from '@/lib/html/escape'
import { fileSummary } from '@/lib/media/fileInfo'
import { pathsFor, siteUrl } from '@/lib/urls/sitePaths'
import type { CourseContent, LessonContent } from '../content'
import { htmlDocument } from './layout'
import type { Links } from './links'

/** Lessons grouped by module number, in order; a lesson whose module the course does not list gets a numbered heading of its own. */
export const syllabus = (content: CourseContent) => {
  const numbers = [...new Set([...(content.course.modules ?? []).map((_, i) => i + 1), ...content.lessons.map((l) => l.moduleNumber ?? 1)])].sort((a, b) => a - b)
  return numbers.map((n) => ({ lessons: content.lessons.filter((l) => (l.moduleNumber ?? 1) === n), module: content.course.modules?.[n - 1], number: n }))
}

const list = (items: string[]) => (items.length ? `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>` : '')

export const attachmentList = ({ content, lesson, links }: { content: CourseContent; lesson: LessonContent; links: Links }) =>
  list(lesson.attachments.map((f) => `<a href="${e(links.file(f))}">${e(f.title)}</a> <span class="meta">(${e(fileSummary({ bytes: f.filesize, locale: content.locale, mimeType: f.mimeType }))})</span>`))

/** The course's front page: objectives, then the syllabus with every lesson, its length and its attachments. */
export const renderCourseIndex = ({ banner = '', content, links }: { banner?: string; content: CourseContent; links: Links }): string => {
  const { course, lessons, locale } = content
  const t = dictionary(locale)
  const minutes = lessons.reduce((sum, l) => sum + (l.durationMinutes ?? 0), 0)
  const modules = syllabus(content)
    .map(({ lessons: inModule, module, number }) => {
      const items = inModule.map((l) => `<li><a href="${e(links.lesson(l))}">${e(l.title)}</a>${l.durationMinutes ? ` <span class="meta">· ${e(t.common.minutes(l.durationMinutes))}</span>` : ''}${attachmentList({ content, lesson: l, links })}</li>`)
      return `<li><h3>${e(module?.title ?? t.coursePack.module(number))}</h3>${module?.description ? `<p>${e(module.description)}</p>` : ''}${items.length ? `<ol>${items.join('')}</ol>` : ''}</li>`
    })
    .join('')
  const online = `${siteUrl()}${pathsFor(locale).course(course.slug ?? '')}`
  const body = `${banner}
<header><p class="meta">${e(t.site.brand)} · ${e(t.courses.training)}</p><h1>${e(course.title)}</h1>
<p class="meta">${course.hours ? `${e(t.common.hours(course.hours))} · ` : ''}${e(t.courses.lessonCount(lessons.length, Math.round(minutes / 6) / 10))}</p></header>
${course.description ? course.description.split(/\n{2,}/).map((p) => `<p>${e(p)}</p>`).join('\n') : ''}
${course.objectives?.length ? `<section class="box"><h2>${e(t.courses.objectives)}</h2>${list(course.objectives.map((o) => e(o.text)))}</section>` : ''}
<section><h2>${e(t.courses.syllabus)}</h2><ol>${modules}</ol></section>
${banner ? '' : `<footer><p class="meta">${e(t.coursePack.generatedFrom)} <a href="${e(online)}">${e(online)}</a></p></footer>`}`
  return htmlDocument({ body, lang: locale, noindex: Boolean(banner), title: course.title })
}
