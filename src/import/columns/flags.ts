import type { ColumnSpec } from '@/import/types'

const FLAG_NOTE = 'Đánh dấu x (hoặc “có”, 1, yes) nếu đúng; để trống nếu không.'

/**
 * II.3b–d: the groups the plan asks to reach and report on, one column each,
 * shared by awards (recipients without a profile) and exemplars. Keys match
 * the exemplar flags in `@/collections/Exemplars/options`.
 */
export const flagColumns: ColumnSpec[] = [
  {
    aliases: ['Người trực tiếp lao động, sản xuất', 'Người trực tiếp lao động, sản xuất, công tác, chiến đấu', 'Trực tiếp lao động', 'Trực tiếp sản xuất', 'Lao động trực tiếp', 'Trực tiếp LĐSX'],
    example: 'x',
    header: 'Trực tiếp lao động, sản xuất',
    key: 'directWorker',
    note: `Người trực tiếp lao động, sản xuất, công tác, chiến đấu. ${FLAG_NOTE}`,
    required: false,
    type: 'flag',
  },
  {
    aliases: ['Dân tộc thiểu số', 'Người dân tộc thiểu số', 'Vùng đồng bào dân tộc thiểu số', 'Vùng đồng bào DTTS', 'DTTS', 'Người DTTS'],
    example: '',
    header: 'Người dân tộc thiểu số / vùng đồng bào DTTS',
    key: 'ethnicMinority',
    note: `Người dân tộc thiểu số hoặc công tác ở vùng đồng bào dân tộc thiểu số. ${FLAG_NOTE}`,
    required: false,
    type: 'flag',
  },
  {
    aliases: ['Vùng sâu, vùng xa', 'Vùng sâu vùng xa', 'Miền núi', 'Vùng sâu, vùng xa, miền núi, vùng khó khăn', 'VSVX'],
    example: 'x',
    header: 'Vùng sâu, vùng xa, miền núi',
    key: 'remote',
    note: `Công tác ở vùng sâu, vùng xa, miền núi. ${FLAG_NOTE}`,
    required: false,
    type: 'flag',
  },
  {
    aliases: ['Vùng biên giới', 'Khu vực biên giới'],
    example: '',
    header: 'Biên giới',
    key: 'border',
    note: `Công tác ở khu vực biên giới. ${FLAG_NOTE}`,
    required: false,
    type: 'flag',
  },
  {
    aliases: ['Vùng hải đảo', 'Đảo', 'Biển đảo'],
    example: '',
    header: 'Hải đảo',
    key: 'island',
    note: `Công tác ở hải đảo. ${FLAG_NOTE}`,
    required: false,
    type: 'flag',
  },
  {
    aliases: ['Nước ngoài', 'Quốc tịch nước ngoài', 'Người nước ngoài (cá nhân, tổ chức)'],
    example: '',
    header: 'Người nước ngoài',
    key: 'foreign',
    note: `Cá nhân, tổ chức nước ngoài. ${FLAG_NOTE}`,
    required: false,
    type: 'flag',
  },
]
