import { describe, expect, it } from 'vitest'

import { awardColumns, columnsFor, documentColumns, exemplarColumns } from '@/import/columns'
import { foldHeader, matchHeaders } from '@/import/read'

const FLAGS = ['directWorker', 'ethnicMinority', 'remote', 'border', 'island', 'foreign']

describe('column specs', () => {
  it('offer the keys the engine expects, with the required ones marked', () => {
    expect(awardColumns.map((c) => c.key)).toEqual(['decisionNumber', 'decisionDate', 'issuer', 'form', 'title', 'recipientName', 'recipientKind', 'unit', 'province', 'sector', 'movement', 'reason', ...FLAGS])
    expect(awardColumns.filter((c) => c.required).map((c) => c.key)).toEqual(['decisionNumber', 'decisionDate', 'issuer', 'form', 'recipientName', 'recipientKind'])
    expect(exemplarColumns.map((c) => c.key)).toEqual(['name', 'kind', 'position', 'organization', 'province', 'commune', 'sector', 'stage', 'yearRecognized', 'summary', 'movements', ...FLAGS])
    expect(exemplarColumns.filter((c) => c.required).map((c) => c.key)).toEqual(['name', 'kind'])
    expect(documentColumns.map((c) => c.key)).toEqual(['number', 'title', 'type', 'status', 'issuer', 'issuedDate', 'effectiveDate', 'summary'])
    expect(documentColumns.filter((c) => c.required).map((c) => c.key)).toEqual(['number', 'title', 'type', 'issuedDate'])
    expect(columnsFor('awards')).toBe(awardColumns)
  })

  it.each(['awards', 'exemplars', 'documents'] as const)('%s: no header or alias means two columns, and every column has a note and a typed example', (kind) => {
    const owner = new Map<string, string>()
    for (const column of columnsFor(kind)) {
      expect(column.note.length).toBeGreaterThan(10)
      if (column.required) expect(column.example).not.toBe('')
      if (column.type === 'date') expect(column.example).toMatch(/^\d{2}\/\d{2}\/\d{4}$/)
      if (column.type === 'flag') expect(['x', '']).toContain(column.example)
      for (const text of [column.header, ...column.aliases]) {
        const folded = foldHeader(text)
        expect(owner.get(folded) ?? column.key, `"${text}"`).toBe(column.key)
        owner.set(folded, column.key)
      }
    }
  })
})

describe('matchHeaders', () => {
  it('matches headers without case, tones, đ, punctuation or extra spaces, and through aliases', () => {
    const headers = ['SỐ QUYẾT ĐỊNH', 'ngay ky', '  Cấp /  cơ quan   quyết định: ', 'Hình thức', 'Họ và tên', 'Cá nhân/Tập thể', 'Tỉnh/TP', 'Đơn vị']
    const match = matchHeaders({ columns: awardColumns, headers })
    expect(match.keys).toEqual(['decisionNumber', 'decisionDate', 'issuer', 'form', 'recipientName', 'recipientKind', 'province', 'unit'])
    expect(match.missing).toEqual([])
    expect(matchHeaders({ columns: awardColumns, headers: ['Loại khen thưởng (*)'] }).keys).toEqual(['form'])
    expect(matchHeaders({ columns: awardColumns, headers: ['Số QĐ'] }).keys).toEqual(['decisionNumber'])
    expect(matchHeaders({ columns: documentColumns, headers: ['Số, ký hiệu'] }).keys).toEqual(['number'])
  })

  it('lets a long header begin with a long alias, but keeps short aliases exact', () => {
    const match = matchHeaders({ columns: awardColumns, headers: ['Số quyết định khen thưởng năm 2024', 'Ngày quyết định (dd/mm/yyyy)', 'Đơn vị đề nghị'] })
    expect(match.keys).toEqual(['decisionNumber', 'decisionDate', null])
    expect(match.ignored).toEqual(['Đơn vị đề nghị'])
  })

  it('ignores unknown headers by name and blank headers silently', () => {
    const match = matchHeaders({ columns: awardColumns, headers: ['STT', 'Số quyết định', '', '  ', 'Ghi chú'] })
    expect(match.keys).toEqual([null, 'decisionNumber', null, null, null])
    expect(match.ignored).toEqual(['STT', 'Ghi chú'])
  })

  it('reports two file columns that claim one key, and the required columns no header matched', () => {
    const match = matchHeaders({ columns: awardColumns, headers: ['Số QĐ', 'Họ tên', 'Số quyết định', 'Tên cá nhân, tập thể được khen'] })
    expect(match.duplicates).toEqual([
      { headers: ['Số QĐ', 'Số quyết định'], key: 'decisionNumber' },
      { headers: ['Họ tên', 'Tên cá nhân, tập thể được khen'], key: 'recipientName' },
    ])
    expect(match.missing.map((c) => c.key)).toEqual(['decisionDate', 'issuer', 'form', 'recipientKind'])
  })
})
