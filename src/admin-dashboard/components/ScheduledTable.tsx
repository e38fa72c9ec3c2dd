import { getTranslation, type I18nClient } from '@payloadcms/translations'
import type { Payload } from 'payload'

import { displayTitle, type Labels } from '../labels'
import { DataTable } from './DataTable'
import type { ScheduledPublish } from '../scheduledPublishes'
import { WhenCell } from './WhenCell'

type Props = {
  captionId: string
  i18n: I18nClient
  items: ScheduledPublish[]
  labels: Labels
  payload: Payload
}

/** Scheduled publishes and unpublishes, soonest first, each linked to its document. */
export const ScheduledTable = ({ captionId, i18n, items, labels, payload }: Props) => (
  <DataTable captionId={captionId} headers={[labels.columns.when, labels.columns.change, labels.columns.collection, labels.columns.what]}>
    {items.map((item) => {
      const collection = payload.collections[item.collection]?.config
      return (
        <tr key={`${item.collection}-${item.docId}-${item.when}`}>
          <WhenCell value={item.when} />
          <td>{item.action === 'publish' ? labels.dashboard.publish : labels.dashboard.unpublish}</td>
          <td>{collection ? getTranslation(collection.labels.singular, i18n) : item.collection}</td>
          <td>
            <a href={item.docUrl}>{displayTitle(labels, item.title, item.docId)}</a>
          </td>
        </tr>
      )
    })}
  </DataTable>
)
