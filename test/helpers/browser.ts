import { type Browser, chromium } from 'playwright-core'

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
