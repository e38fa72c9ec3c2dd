import { getTranslation, type I18nClient } from '@payloadcms/translations'

import type { ActivityFilter } from '../activity/queries'
import type { Labels } from '../labels'
import type { StaffMember } from '../staffNames'
import type { TrackedCollection } from '../trackedCollections'

type Props = {
  action: string
  collections: TrackedCollection[]
  filter: ActivityFilter
  i18n: I18nClient
  labels: Labels
  staff: StaffMember[]
}

const fieldStyle = {
  display: 'flex',
  flexDirection: 'column',
  gap: 'calc(var(--base) / 4)',
  minWidth: '12rem',
} as const

/** A plain GET form: works without script, and the filtered log has its own address to share. */
export const ActivityFilters = ({ action, collections, filter, i18n, labels, staff }: Props) => (
  <form
    action={action}
    method="get"
    style={{
      alignItems: 'flex-end',
      display: 'flex',
      flexWrap: 'wrap',
      gap: 'var(--base)',
      marginBottom: 'var(--base)',
    }}
  >
    <div style={fieldStyle}>
      <label htmlFor="activity-collection">{labels.activity.filterCollection}</label>
      <select defaultValue={filter.collection ?? ''} id="activity-collection" name="loai">
        <option value="">{labels.activity.all}</option>
        {collections.map((collection) => (
          <option key={collection.slug} value={collection.slug}>
            {getTranslation(collection.label, i18n)}
          </option>
        ))}
      </select>
    </div>
    <div style={fieldStyle}>
      <label htmlFor="activity-user">{labels.activity.filterUser}</label>
      <select defaultValue={filter.changedBy === undefined ? '' : String(filter.changedBy)} id="activity-user" name="nguoi">
        <option value="">{labels.activity.all}</option>
        {staff.map((member) => (
          <option key={String(member.id)} value={String(member.id)}>
            {member.name}
          </option>
        ))}
      </select>
    </div>
    <button className="btn btn--style-primary btn--size-small" style={{ margin: 0 }} type="submit">
      {labels.activity.apply}
    </button>
    {filter.collection || filter.changedBy !== undefined ? <a href={action}>{labels.activity.reset}</a> : null}
  </form>
)
