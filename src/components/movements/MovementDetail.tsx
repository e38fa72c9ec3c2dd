import Link from 'next/link'

import { milestoneKinds, movementLevels, movementTypes } from '../../collections/Movements/options'
import { movementStatuses } from '../../collections/Movements/status'
import { formatDate } from '../../lib/dates'
import { optionLabel } from '../../lib/labels'
import { sitePaths, siteUrl } from '../../lib/paths'
import type { Article, Exemplar, LegalDocument, Movement } from '../../payload-types'
import { FileLink } from '../site/FileLink'
import { Figure } from '../site/Figure'
import { JsonLd } from '../site/JsonLd'
import { RichText } from '../site/RichText'
import { ShareLinks } from '../site/ShareLinks'

const TextList = ({ id, items, title }: { id: string; items?: { id?: string | null; text: string }[] | null; title: string }) =>
  items?.length ? (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ul>
        {items.map((item) => (
          <li key={item.id ?? item.text}>{item.text}</li>
        ))}
      </ul>
    </section>
  ) : null

export const MovementDetail = ({ columnSlugs, movement }: { columnSlugs: Record<string, string>; movement: Movement }) => {
  const exemplars = (movement.exemplars?.docs ?? []).filter((e): e is Exemplar => typeof e === 'object')
  const news = (movement.news?.docs ?? []).filter((a): a is Article => typeof a === 'object')
  const documents = (movement.relatedDocuments ?? []).filter((d): d is LegalDocument => typeof d === 'object')
  const milestones = [...(movement.milestones ?? [])].sort((a, b) => a.date.localeCompare(b.date))
  return (
    <article>
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'Event',
          description: movement.slogan ?? undefined,
          endDate: movement.period?.end ?? undefined,
          eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode',
          name: movement.name,
          organizer: movement.issuingBody ? { '@type': 'Organization', name: movement.issuingBody } : undefined,
          startDate: movement.period?.start,
          url: `${siteUrl()}${sitePaths.movement(movement.slug ?? '')}`,
        }}
      />
      <p className="badge">{optionLabel(movementStatuses, movement.status)}</p>
      <h1>{movement.name}</h1>
      {movement.slogan ? <p className="lead">“{movement.slogan}”</p> : null}
      <dl className="facts">
        <dt>Loại</dt>
        <dd>{optionLabel(movementTypes, movement.type)}</dd>
        <dt>Cấp phát động</dt>
        <dd>{optionLabel(movementLevels, movement.level)}</dd>
        {movement.issuingBody ? (<><dt>Cơ quan phát động</dt><dd>{movement.issuingBody}</dd></>) : null}
        <dt>Thời gian</dt>
        <dd>
          {formatDate(movement.period?.start)}
          {movement.period?.end ? ` – ${formatDate(movement.period.end)}` : ' – nay'}
        </dd>
      </dl>
      <ShareLinks path={sitePaths.movement(movement.slug ?? '')} title={movement.name} />
      <Figure image={movement.cover} priority />
      <TextList id="muc-tieu" items={movement.objectives} title="Mục tiêu" />
      {movement.targets?.length ? (
        <section aria-labelledby="chi-tieu">
          <h2 id="chi-tieu">Chỉ tiêu và tiến độ</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">Chỉ tiêu</th>
                <th scope="col">Kế hoạch</th>
                <th scope="col">Đã đạt</th>
              </tr>
            </thead>
            <tbody>
              {movement.targets.map((t) => {
                const percent = t.achieved != null && t.target ? Math.min(100, Math.round((t.achieved / t.target) * 100)) : null
                return (
                  <tr key={t.id ?? t.indicator}>
                    <td>{t.indicator}</td>
                    <td>
                      {t.target.toLocaleString('vi-VN')} {t.unit}
                    </td>
                    <td>
                      {t.achieved != null ? `${t.achieved.toLocaleString('vi-VN')} ${t.unit ?? ''} (${percent}%)` : '—'}
                      {percent != null ? (
                        <div aria-hidden="true" className="progress">
                          <span style={{ width: `${percent}%` }} />
                        </div>
                      ) : null}
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </section>
      ) : null}
      <TextList id="noi-dung" items={movement.content} title="Nội dung thi đua" />
      <TextList id="bien-phap" items={movement.measures} title="Biện pháp" />
      {movement.participants ? (
        <section aria-labelledby="doi-tuong">
          <h2 id="doi-tuong">Đối tượng tham gia</h2>
          <p>{movement.participants}</p>
        </section>
      ) : null}
      <TextList id="tieu-chi" items={movement.criteria} title="Tiêu chí đánh giá" />
      {milestones.length ? (
        <section aria-labelledby="moc">
          <h2 id="moc">Phát động – sơ kết – tổng kết</h2>
          <ol className="timeline">
            {milestones.map((m) => (
              <li key={m.id ?? m.date}>
                <h3>
                  {formatDate(m.date)} · {optionLabel(milestoneKinds, m.kind)}
                  {m.title ? `: ${m.title}` : ''}
                </h3>
                <RichText data={m.report} />
                <FileLink file={m.attachment} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {exemplars.length ? (
        <section aria-labelledby="dien-hinh">
          <h2 id="dien-hinh">Gương điển hình trong phong trào</h2>
          <ul className="list">
            {exemplars.map((e) => (
              <li key={e.id}>
                <Link href={sitePaths.exemplar(e.slug ?? '')}>{e.name}</Link>
                {e.organization ? <span className="meta"> · {e.organization}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {news.length ? (
        <section aria-labelledby="tin-bai">
          <h2 id="tin-bai">Tin bài</h2>
          <ul className="list">
            {news.map((a) => (
              <li key={a.id}>
                <Link href={sitePaths.article(columnSlugs[String(typeof a.column === 'object' ? a.column.id : a.column)] ?? '', a.slug ?? '')}>{a.title}</Link>
                <span className="meta"> · {formatDate(a.publishedAt)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {documents.length ? (
        <section aria-labelledby="van-ban">
          <h2 id="van-ban">Văn bản liên quan</h2>
          <ul className="list">
            {documents.map((d) => (
              <li key={d.id}>
                <Link href={sitePaths.document(d.slug ?? '')}>
                  {d.number} – {d.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  )
}
