import { type Browser, chromium, type Page } from 'playwright-core'

/** Debian's Chromium, headless, with nothing that would call out to the network. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({ args: CHROMIUM_FLAGS, executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true })

/** Signs a page into the Vietnamese admin as a seeded demo user and waits for the dashboard. */
export const logIntoAdmin = async ({ baseUrl, email, page, password }: { baseUrl: string; email: string; page: Page; password: string }) => {
  await page.goto(`${baseUrl}/admin/login`)
  await page.fill('#field-email', email)
  await page.fill('#field-password', password)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await page.waitForURL(`${baseUrl}/admin`)
}
