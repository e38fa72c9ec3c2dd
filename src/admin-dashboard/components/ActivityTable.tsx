import { getTranslation, type I18nClient } from '@payloadcms/translations'
import type { Payload } from 'payload'

import { formatDateTime } from '@/lib/dates/format'
import type { ActivityRow } from '../activity/versions'
import { displayTitle, type Labels } from '../labels'
import { DataTable } from './DataTable'
import { WhenCell } from './WhenCell'

type Props = {
  captionId: string
  i18n: I18nClient
  labels: Labels
  payload: Payload
  rows: ActivityRow[]
}

/** One change per row: when, who, what (type and title, linked to the document), status, and the link to its diff. */
export const ActivityTable = ({ captionId, i18n, labels, payload, rows }: Props) => (
  // A labelled, focusable region: on a narrow screen the table scrolls sideways and keyboard users can scroll it too.
  <DataTable captionId={captionId} headers={[labels.columns.when, labels.columns.who, labels.columns.collection, labels.columns.what, labels.columns.status, labels.columns.change]}>
    {rows.map((row) => {
      const collection = payload.collections[row.collection]?.config
      return (
        <tr key={`${row.collection}-${row.versionId}`}>
          <WhenCell value={row.updatedAt} />
          <td>{row.user?.name ?? labels.unknownUser}</td>
          <td>{collection ? getTranslation(collection.labels.singular, i18n) : row.collection}</td>
          <td>
            <a href={row.docUrl}>{displayTitle(labels, row.title, row.docId)}</a>
          </td>
          <td>
            {labels.status[row.status]}
            {row.scheduledFor ? ` (${formatDateTime(row.scheduledFor)})` : ''}
          </td>
          <td>
            {/* The name starts with the visible text, so voice control still finds it. */}
            <a aria-label={`${labels.viewDiff}: ${displayTitle(labels, row.title, row.docId)}`} href={row.diffUrl}>
              {labels.viewDiff}
            </a>
          </td>
        </tr>
      )
    })}
  </DataTable>
)
