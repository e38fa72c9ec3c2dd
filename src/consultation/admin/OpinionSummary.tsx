import type { UIFieldServerComponent, Where } from 'payload'

import { EDITOR_ROLES, hasRole } from '@/access/roles'

const listUrl = (id: number | string, extra = '') => `/admin/collections/opinions?where[nomination][equals]=${encodeURIComponent(String(id))}${extra}`
const exportUrl = (id: number | string, format: 'csv' | 'xlsx') => `/api/opinions/export?nomination=${encodeURIComponent(String(id))}&format=${format}`

/**
 * Sidebar of a nomination: how many opinions came in, how many still need
 * review, and the council's downloads. Counted with the moderator's own
 * access, so nobody else sees numbers here.
 */
export const OpinionSummary: UIFieldServerComponent = async ({ id, payload, req }) => {
  if (!id || !hasRole(req.user, ...EDITOR_ROLES)) return null
  const count = async (extra: Where = {}) =>
    (await payload.count({ collection: 'opinions', overrideAccess: false, req, user: req.user, where: { and: [{ nomination: { equals: id } }, extra] } })).totalDocs
  const [total, unreviewed, agree, disagree, other] = await Promise.all([count(), count({ reviewed: { equals: false } }), count({ stance: { equals: 'agree' } }), count({ stance: { equals: 'disagree' } }), count({ stance: { equals: 'other' } })])
  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <p className="field-label">Ý kiến nhân dân</p>
      <p>
        {total} ý kiến · {unreviewed} chưa xem xét
        <br />
        Đồng ý {agree} · Không đồng ý {disagree} · Khác {other}
      </p>
      <p>
        <a href={listUrl(id)}>Xem tất cả</a> · <a href={listUrl(id, '&where[reviewed][equals]=false')}>Chưa xem xét</a>
      </p>
      <p>
        Tải cho Hội đồng: <a href={exportUrl(id, 'xlsx')}>Excel (.xlsx)</a> · <a href={exportUrl(id, 'csv')}>CSV</a>
      </p>
    </div>
  )
}
