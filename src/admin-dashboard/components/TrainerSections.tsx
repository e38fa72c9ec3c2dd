import type { TrainerOverview } from '../dashboard/trainerCourses'
import { displayTitle, type Labels } from '../labels'
import { DataTable } from './DataTable'
import { Section } from './Section'

type Props = { labels: Labels; overview: TrainerOverview }

/** A trainer's home: their courses with status and download counts, then the lessons still in draft. */
export const TrainerSections = ({ labels, overview }: Props) => (
  <>
    <Section empty={labels.trainer.coursesEmpty} headingId="dashboard-courses" isEmpty={overview.courses.length === 0} title={labels.trainer.courses}>
      <DataTable captionId="dashboard-courses" headers={[labels.trainer.course, labels.columns.status, labels.trainer.packDownloads, labels.trainer.attachmentDownloads]}>
        {overview.courses.map((course) => (
          <tr key={String(course.id)}>
            <th scope="row" style={{ fontWeight: 'normal', textAlign: 'start' }}>
              <a href={course.docUrl}>{displayTitle(labels, course.title, course.id)}</a>
            </th>
            <td>{labels.status[course.status]}</td>
            <td>{course.packDownloads}</td>
            <td>{course.attachmentDownloads}</td>
          </tr>
        ))}
      </DataTable>
    </Section>
    <Section empty={labels.trainer.draftLessonsEmpty} headingId="dashboard-draft-lessons" isEmpty={overview.draftLessons.length === 0} title={labels.trainer.draftLessons}>
      <ul>
        {overview.draftLessons.map((lesson) => (
          <li key={String(lesson.id)}>
            <a href={lesson.docUrl}>{displayTitle(labels, lesson.title, lesson.id)}</a> ({labels.trainer.course}: {lesson.courseTitle})
          </li>
        ))}
      </ul>
    </Section>
  </>
)
