import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { awardForms } from '../../../../collections/Awards/options'
import { exemplarKinds } from '../../../../collections/Exemplars/options'
import { Breadcrumbs } from '../../../../components/site/Breadcrumbs'
import { FileLink } from '../../../../components/site/FileLink'
import { recipientsOf } from '../../../../components/site/recipients'
import { formatDate } from '../../../../lib/dates'
import { optionLabel } from '../../../../lib/labels'
import { sitePaths } from '../../../../lib/paths'
import { getAward } from '../../../../lib/queries/awards'

type Props = { params: Promise<{ slug: string }> }

export const generateStaticParams = async () => []

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const award = await getAward((await params).slug)
  if (!award) return { title: 'Không tìm thấy' }
  return {
    alternates: { canonical: sitePaths.award(award.slug ?? '') },
    description: award.reason ?? `${award.awardTitle}, quyết định số ${award.decisionNumber}`,
    title: `${award.awardTitle} – Quyết định ${award.decisionNumber}`,
  }
}

const named = (v: unknown) => (v && typeof v === 'object' && 'name' in v ? (v as { name: string; slug?: string | null }) : null)

const AwardPage = async ({ params }: Props) => {
  const award = await getAward((await params).slug)
  if (!award) notFound()
  const movement = named(award.movement)
  return (
    <div className="container">
      <Breadcrumbs items={[{ href: sitePaths.awards, label: 'Khen thưởng' }, { href: sitePaths.award(award.slug ?? ''), label: award.decisionNumber }]} />
      <article>
        <p className="badge">{optionLabel(awardForms, award.form)}</p>
        <h1>{award.awardTitle}</h1>
        <dl className="facts">
          <dt>Số quyết định</dt>
          <dd>{award.decisionNumber}</dd>
          <dt>Ngày quyết định</dt>
          <dd>{formatDate(award.decisionDate)}</dd>
          <dt>Cấp quyết định</dt>
          <dd>{award.issuer}</dd>
          {named(award.province) ? (<><dt>Địa phương</dt><dd>{named(award.province)?.name}</dd></>) : null}
          {named(award.sector) ? (<><dt>Lĩnh vực</dt><dd>{named(award.sector)?.name}</dd></>) : null}
          {movement ? (<><dt>Phong trào</dt><dd><Link href={sitePaths.movement(movement.slug ?? '')}>{movement.name}</Link></dd></>) : null}
        </dl>
        <section aria-labelledby="nguoi-duoc-khen">
          <h2 id="nguoi-duoc-khen">Tập thể, cá nhân được khen thưởng</h2>
          <ul className="list">
            {recipientsOf(award, sitePaths.exemplar).map((r) => (
              <li key={r.key}>
                {r.href ? <Link href={r.href}>{r.name}</Link> : r.name}
                <span className="meta">
                  {' '}
                  · {optionLabel(exemplarKinds, r.kind)}
                  {r.unit ? ` · ${r.unit}` : ''}
                </span>
              </li>
            ))}
          </ul>
        </section>
        {award.reason ? (
          <section aria-labelledby="ly-do">
            <h2 id="ly-do">Lý do khen thưởng</h2>
            <p>{award.reason}</p>
          </section>
        ) : null}
        {award.scannedDecision ? (
          <p>
            Bản quét quyết định: <FileLink file={award.scannedDecision} />
          </p>
        ) : null}
      </article>
    </div>
  )
}

export default AwardPage
