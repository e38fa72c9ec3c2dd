import type { Browser } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'

import { launchBrowser } from './browser'

/** One Chromium for a spec file: launched before its tests, closed after; call the result to get it. (Apart from browser.ts, which the benches import outside Vitest.) */
export const useBrowser = (): (() => Browser) => {
  let browser: Browser | undefined
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(() => browser?.close())
  return () => {
    if (!browser) throw new Error('the browser starts in beforeAll')
    return browser
  }
}
