import Link from 'next/link'

import type { Locale } from '@/i18n/locales'
import { pathsFor } from '@/lib/urls/sitePaths'
import { clusterLabels } from '../labels'
import type { ClusterDoc } from '../queries'

type Named = { name?: null | string; slug?: null | string }
const named = (value: unknown): Named | null => (value && typeof value === 'object' && 'slug' in value ? (value as Named) : null)

/** The member units; a member that stands for a province or a sector links to that one's commendations in the register. */
export const MemberList = ({ locale, members }: { locale: Locale; members: NonNullable<ClusterDoc['members']> }) => {
  const t = clusterLabels(locale)
  const paths = pathsFor(locale)
  return (
    <ul className="cluster-members">
      {members.map((member) => {
        const province = named(member.province)
        const sector = named(member.sector)
        return (
          <li key={member.id ?? member.name}>
            <span className="cluster-member-name">{member.name}</span>
            {province?.slug ? (
              <>
                {' · '}
                <Link href={`${paths.awards}?tinh=${encodeURIComponent(province.slug)}`}>{t.provinceAwards(province.name ?? member.name)}</Link>
              </>
            ) : null}
            {sector?.slug ? (
              <>
                {' · '}
                <Link href={`${paths.awards}?nganh=${encodeURIComponent(sector.slug)}`}>{t.sectorAwards(sector.name ?? member.name)}</Link>
              </>
            ) : null}
          </li>
        )
      })}
    </ul>
  )
}
