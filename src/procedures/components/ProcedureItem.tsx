import Link from 'next/link'

import { dictionary, type Locale } from '@/i18n'
import type { Procedure } from '@/payload-types'
import { pathsFor } from '@/lib/urls/sitePaths'

export type ListedProcedure = Pick<Procedure, 'agency' | 'code' | 'id' | 'name' | 'processingTime' | 'slug'>

/** One procedure in a listing: its name, then code, agency and processing time. */
export const ProcedureItem = ({ heading: Heading, locale, procedure: p }: { heading: 'h2' | 'h3'; locale: Locale; procedure: ListedProcedure }) => {
  const t = dictionary(locale).procedures
  const facts = [p.code ? `${t.code}: ${p.code}` : null, p.agency ? `${t.agency}: ${p.agency}` : null, p.processingTime ? `${t.processingTime}: ${p.processingTime}` : null].filter(Boolean)
  return (
    <li>
      <Heading className="h3">
        <Link href={pathsFor(locale).procedure(p.slug ?? '')}>{p.name}</Link>
      </Heading>
      {facts.length ? <p className="meta">{facts.join(' · ')}</p> : null}
    </li>
  )
}
