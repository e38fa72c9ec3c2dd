import { beforeAll, describe, expect, inject, it } from 'vitest'

import { checkSite, type CheckedPage } from '@scripts/lib/htmlCheck/checkSite'
import { ACTIVE_PAGE_TYPES } from '@scripts/lib/htmlCheck/pages'
import { formatMessage, isError, type VnuMessage } from '@scripts/lib/htmlCheck/vnu'

const baseUrl = inject('baseUrl')
let result: { messages: VnuMessage[]; pages: CheckedPage[] }

// One page of each type, found from the seeded listings; vnu.jar runs once over all of them.
beforeAll(async () => {
  result = await checkSite(baseUrl)
}, 300_000)

describe('the Nu HTML Checker (vnu.jar) reports no error', () => {
  it.each(ACTIVE_PAGE_TYPES.map((type) => type.name))('on the %s page', (name) => {
    const page = result.pages.find((p) => p.name === name)
    if (!page) throw new Error(`no page of type ${name}`)
    expect(page.missing, `a page of type ${name}`).toBeUndefined()
    expect(page.got, `HTTP status of ${page.url}`).toBe(page.status)
    expect(result.messages.filter((m) => m.url === page.url && isError(m)).map(formatMessage)).toEqual([])
  })

  it('was given every page (the checker read each file)', () => {
    expect(result.messages.filter((m) => m.type === 'non-document-error').map(formatMessage)).toEqual([])
    expect(new Set(result.pages.map((p) => p.url)).size, 'one distinct URL per page type').toBe(ACTIVE_PAGE_TYPES.length)
  })
})
