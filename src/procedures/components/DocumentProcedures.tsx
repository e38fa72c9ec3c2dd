import { procedureLevels } from '@/collections/Procedures/options'
import { LinkListSection } from '@/components/LinkListSection'
import { dictionary, type Locale } from '@/i18n'
import { optionLabel } from '@/lib/text/optionLabel'
import { pathsFor } from '@/lib/urls/sitePaths'
import { listProceduresForDocument } from '../queries'

/** On a document's page: the published procedures that cite it as legal basis; nothing when none do. */
export const DocumentProcedures = async ({ documentId, locale }: { documentId: number | string; locale: Locale }) => {
  const procedures = await listProceduresForDocument({ documentId, locale })
  const paths = pathsFor(locale)
  return (
    <LinkListSection
      id="thu-tuc"
      items={procedures.map((p) => ({ href: paths.procedure(p.slug ?? ''), key: p.id, label: p.name, meta: <span className="meta"> · {optionLabel(procedureLevels, p.level, locale)}</span> }))}
      title={dictionary(locale).procedures.basedOnDocument}
    />
  )
}
