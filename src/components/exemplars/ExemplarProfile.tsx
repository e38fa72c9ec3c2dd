import Link from 'next/link'

import { exemplarFlags, exemplarKinds, exemplarStages } from '../../collections/Exemplars/options'
import { formatDate } from '../../lib/dates'
import { optionLabel } from '../../lib/labels'
import { sitePaths, siteUrl } from '../../lib/paths'
import type { Award, Exemplar, Movement } from '../../payload-types'
import { Figure, isMedia } from '../site/Figure'
import { JsonLd } from '../site/JsonLd'
import { RichText } from '../site/RichText'
import { ShareLinks } from '../site/ShareLinks'
import { type CardExemplar, ExemplarCard } from './ExemplarCard'

const named = (value: unknown): { name: string; slug?: string | null } | null =>
  value && typeof value === 'object' && 'name' in value ? (value as { name: string; slug?: string | null }) : null

type Props = { exemplar: Exemplar; related: CardExemplar[] }

export const ExemplarProfile = ({ exemplar, related }: Props) => {
  const province = named(exemplar.province)
  const sector = named(exemplar.sector)
  const awards = (exemplar.awards?.docs ?? []).filter((a): a is Award => typeof a === 'object')
  const movements = (exemplar.relatedMovements ?? []).filter((m): m is Movement => typeof m === 'object')
  const flags = exemplarFlags.filter((f) => exemplar.flags?.[f.name])
  const url = `${siteUrl()}${sitePaths.exemplar(exemplar.slug ?? '')}`
  return (
    <article className="profile">
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': exemplar.kind === 'collective' ? 'Organization' : 'Person',
          ...(exemplar.kind === 'individual' && exemplar.organization ? { worksFor: { '@type': 'Organization', name: exemplar.organization } } : {}),
          ...(exemplar.position ? { jobTitle: exemplar.position } : {}),
          award: awards.map((a) => a.awardTitle),
          description: exemplar.summary,
          name: exemplar.name,
          url,
        }}
      />
      <header className="profile-header">
        <div>
          <p className="badge">{optionLabel(exemplarStages, exemplar.stage)}</p>
          <h1>{exemplar.name}</h1>
          <dl className="facts">
            <dt>Loại</dt>
            <dd>{optionLabel(exemplarKinds, exemplar.kind)}</dd>
            {exemplar.position ? (<><dt>Chức vụ</dt><dd>{exemplar.position}</dd></>) : null}
            {exemplar.organization ? (<><dt>Đơn vị</dt><dd>{exemplar.organization}</dd></>) : null}
            {province ? (<><dt>Địa phương</dt><dd>{[exemplar.commune, province.name].filter(Boolean).join(', ')}</dd></>) : null}
            {sector ? (<><dt>Lĩnh vực</dt><dd>{sector.name}</dd></>) : null}
            {exemplar.yearRecognized ? (<><dt>Năm biểu dương</dt><dd>{exemplar.yearRecognized}</dd></>) : null}
          </dl>
          {flags.length ? (
            <ul aria-label="Đối tượng ưu tiên" className="tags">
              {flags.map((f) => (
                <li key={f.name}>{f.label.vi}</li>
              ))}
            </ul>
          ) : null}
        </div>
        <Figure image={exemplar.portrait} priority size="card" />
      </header>
      {exemplar.summary ? <p className="lead">{exemplar.summary}</p> : null}
      <ShareLinks path={sitePaths.exemplar(exemplar.slug ?? '')} title={exemplar.name} />
      <RichText data={exemplar.story} />
      {exemplar.achievements?.length ? (
        <section aria-labelledby="thanh-tich">
          <h2 id="thanh-tich">Thành tích</h2>
          <ul className="timeline">
            {[...exemplar.achievements].sort((a, b) => a.year - b.year).map((a) => (
              <li key={a.id ?? `${a.year}-${a.text}`}>
                <strong>{a.year}</strong> {a.text}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {awards.length ? (
        <section aria-labelledby="khen-thuong">
          <h2 id="khen-thuong">Khen thưởng</h2>
          <ul className="list">
            {awards.map((a) => (
              <li key={a.id}>
                <Link href={sitePaths.award(a.slug ?? '')}>{a.awardTitle}</Link>
                <p className="meta">
                  Quyết định số {a.decisionNumber} ngày {formatDate(a.decisionDate)}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {movements.length ? (
        <section aria-labelledby="phong-trao">
          <h2 id="phong-trao">Phong trào thi đua</h2>
          <ul className="list">
            {movements.map((m) => (
              <li key={m.id}>
                <Link href={sitePaths.movement(m.slug ?? '')}>{m.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {exemplar.gallery?.length ? (
        <section aria-labelledby="thu-vien-anh">
          <h2 id="thu-vien-anh">Thư viện ảnh</h2>
          <div className="gallery">
            {exemplar.gallery.map((g) => (isMedia(g.image) ? <Figure image={g.image} key={g.id ?? g.image.id} size="card" /> : null))}
          </div>
        </section>
      ) : null}
      {exemplar.sources?.length ? (
        <section aria-labelledby="nguon">
          <h2 id="nguon">Nguồn tư liệu</h2>
          <ul className="sources">
            {exemplar.sources.map((s) => (
              <li key={s.id ?? s.title}>
                {s.url ? <a href={s.url}>{s.title}</a> : s.title}
                {s.issuer ? `, ${s.issuer}` : ''}
                {s.date ? `, ${formatDate(s.date)}` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {related.length ? (
        <section aria-labelledby="lien-quan">
          <h2 id="lien-quan">Gương điển hình liên quan</h2>
          <ul className="cards">
            {related.map((r) => (
              <ExemplarCard exemplar={r} key={r.id} />
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  )
}
