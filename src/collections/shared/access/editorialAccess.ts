import type { CollectionConfig } from 'payload'

import { editorialVersions } from './editorialVersions'
import { editorsOrOwnContributor } from './editorsOrOwnContributor'
import { editorsOrOwnDraft } from './editorsOrOwnDraft'
import { publishedOrEditor } from './publishedOrEditor'
import { writers } from './writers'

/** Access for editorial content (exemplars, movements, awards, columns, articles, documents). */
export const editorialAccess: CollectionConfig['access'] = {
  create: writers,
  delete: editorsOrOwnDraft,
  read: publishedOrEditor,
  readVersions: editorialVersions,
  update: editorsOrOwnContributor,
}
