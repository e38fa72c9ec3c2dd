import type { CollectionConfig } from 'payload'

import { slugField } from '@/fields/slug'
import { contentCollection } from '@/collections/shared/contentCollection'
import { editorialAccess } from '@/collections/shared/access/editorialAccess'
import { clusterKinds, clusterLevels } from './options'
import { validateCluster } from './hooks/validateCluster'

/**
 * Emulation clusters and blocks (plan III.3): members sign a yearly
 * agreement, score themselves against weighted criteria, and the cluster
 * ranks them; the leading unit rotates each year. Scores live inside the
 * cluster's year so they are drafted, versioned and published with it.
 * A member's total is Σ points × weight + adjustment (src/clusters/ranking).
 */
export const EmulationClusters: CollectionConfig = contentCollection({
  slug: 'emulation-clusters',
  typescript: { interface: 'EmulationCluster' },
  labels: { singular: { en: 'Emulation cluster or block', vi: 'Cụm, khối thi đua' }, plural: { en: 'Emulation clusters and blocks', vi: 'Cụm, khối thi đua' } },
  access: editorialAccess,
  admin: { defaultColumns: ['name', 'kind', 'level', '_status', 'updatedAt'], group: { en: 'Emulation', vi: 'Thi đua' }, useAsTitle: 'name' },
  defaultSort: 'name',
  hooks: { beforeValidate: [validateCluster] },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: { en: 'Cluster', vi: 'Cụm, khối' },
          fields: [
            { name: 'name', type: 'text', required: true, localized: true, label: { en: 'Name', vi: 'Tên cụm, khối' } },
            {
              type: 'row',
              fields: [
                { name: 'kind', type: 'select', required: true, index: true, defaultValue: 'cluster', options: [...clusterKinds], label: { en: 'Kind', vi: 'Loại' } },
                // enumName: keep PostgreSQL from naming it like another collection's `level`.
                { name: 'level', type: 'select', required: true, defaultValue: 'central', enumName: 'enum_emulation_clusters_grouping_level', options: [...clusterLevels], label: { en: 'Level', vi: 'Cấp tổ chức' } },
              ],
            },
            { name: 'summary', type: 'textarea', localized: true, label: { en: 'Summary', vi: 'Giới thiệu' } },
            {
              name: 'members',
              type: 'array',
              label: { en: 'Members', vi: 'Đơn vị thành viên' },
              admin: { initCollapsed: true },
              fields: [
                { name: 'name', type: 'text', required: true, label: { en: 'Unit', vi: 'Tên đơn vị' } },
                {
                  type: 'row',
                  fields: [
                    { name: 'province', type: 'relationship', relationTo: 'provinces', label: { en: 'Province', vi: 'Tỉnh, thành phố' } },
                    { name: 'sector', type: 'relationship', relationTo: 'sectors', label: { en: 'Sector', vi: 'Ngành, lĩnh vực' } },
                  ],
                },
              ],
            },
          ],
        },
        {
          label: { en: 'Years', vi: 'Các năm' },
          fields: [
            {
              name: 'years',
              type: 'array',
              label: { en: 'Years', vi: 'Năm thi đua' },
              admin: { initCollapsed: true },
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'year', type: 'number', required: true, min: 1945, max: 2100, label: { en: 'Year', vi: 'Năm' } },
                    { name: 'leadingUnit', type: 'text', label: { en: 'Leading unit (rotating)', vi: 'Đơn vị Cụm trưởng, Khối trưởng' } },
                    { name: 'deputyUnit', type: 'text', label: { en: 'Deputy unit', vi: 'Đơn vị Cụm phó, Khối phó' } },
                  ],
                },
                { name: 'agreement', type: 'relationship', relationTo: 'documents', label: { en: 'Emulation agreement', vi: 'Giao ước thi đua' } },
                {
                  name: 'criteria',
                  type: 'array',
                  label: { en: 'Criteria', vi: 'Tiêu chí chấm điểm' },
                  fields: [
                    {
                      type: 'row',
                      fields: [
                        { name: 'code', type: 'text', required: true, label: { en: 'Code', vi: 'Mã' } },
                        { name: 'name', type: 'text', required: true, localized: true, label: { en: 'Criterion', vi: 'Tiêu chí' } },
                        { name: 'weight', type: 'number', required: true, defaultValue: 1, min: 0, label: { en: 'Weight', vi: 'Hệ số' } },
                        { name: 'maxPoints', type: 'number', min: 0, label: { en: 'Maximum points', vi: 'Điểm tối đa' } },
                      ],
                    },
                  ],
                },
                {
                  name: 'results',
                  type: 'array',
                  label: { en: 'Scores', vi: 'Kết quả chấm điểm' },
                  fields: [
                    {
                      type: 'row',
                      fields: [
                        { name: 'member', type: 'text', required: true, label: { en: 'Member', vi: 'Đơn vị' } },
                        { name: 'adjustment', type: 'number', defaultValue: 0, label: { en: 'Bonus / penalty', vi: 'Điểm cộng, trừ' } },
                      ],
                    },
                    {
                      name: 'scores',
                      type: 'array',
                      label: { en: 'Points per criterion', vi: 'Điểm theo tiêu chí' },
                      fields: [
                        {
                          type: 'row',
                          fields: [
                            { name: 'criterion', type: 'text', required: true, label: { en: 'Criterion code', vi: 'Mã tiêu chí' } },
                            { name: 'points', type: 'number', required: true, min: 0, label: { en: 'Points', vi: 'Điểm' } },
                          ],
                        },
                      ],
                    },
                  ],
                },
                { name: 'awardDecision', type: 'relationship', relationTo: 'awards', label: { en: 'Award decision (flag or title)', vi: 'Quyết định tặng Cờ, danh hiệu' } },
                { name: 'awardNote', type: 'text', localized: true, label: { en: 'What was awarded, to whom', vi: 'Hình thức khen thưởng, đơn vị được tặng' } },
              ],
            },
          ],
        },
      ],
    },
    slugField({ from: 'name' }),
  ],
})
