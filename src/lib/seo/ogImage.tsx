import fs from 'node:fs/promises'
import path from 'node:path'

import { ImageResponse } from 'next/og'

export const OG_SIZE = { height: 630, width: 1200 }
export const OG_CONTENT_TYPE = 'image/png'

/** The full Be Vietnam Pro TTFs (web subsets split the Vietnamese glyphs off). */
const FONT_DIR = path.join(process.cwd(), 'node_modules', '@expo-google-fonts', 'be-vietnam-pro')
let fonts: Promise<{ data: Buffer; name: string; style: 'normal'; weight: 400 | 600 }[]> | undefined
const loadFonts = () =>
  (fonts ??= Promise.all([
    fs.readFile(path.join(FONT_DIR, '400Regular', 'BeVietnamPro_400Regular.ttf')).then((data) => ({ data, name: 'Be Vietnam Pro', style: 'normal' as const, weight: 400 as const })),
    fs.readFile(path.join(FONT_DIR, '600SemiBold', 'BeVietnamPro_600SemiBold.ttf')).then((data) => ({ data, name: 'Be Vietnam Pro', style: 'normal' as const, weight: 600 as const })),
  ]))

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text)

/** A 1200×630 share card in the site's colours, drawn on the server with no network access. */
export const renderOgImage = async ({ eyebrow, subtitle, title }: { eyebrow: string; subtitle?: string | null; title: string }) =>
  new ImageResponse(
    (
      <div style={{ background: '#a50e0e', color: '#fff', display: 'flex', flexDirection: 'column', fontFamily: 'Be Vietnam Pro', height: '100%', justifyContent: 'space-between', padding: 72, width: '100%' }}>
        <div style={{ color: '#f2c94c', display: 'flex', fontSize: 34, fontWeight: 600 }}>{eyebrow}</div>
        <div style={{ display: 'flex', flexDirection: 'column', gap: 24 }}>
          <div style={{ display: 'flex', fontSize: title.length > 60 ? 56 : 72, fontWeight: 600, lineHeight: 1.15 }}>{clip(title, 120)}</div>
          {subtitle ? <div style={{ display: 'flex', fontSize: 32, fontWeight: 400, opacity: 0.92 }}>{clip(subtitle, 140)}</div> : null}
        </div>
        <div style={{ borderTop: '6px solid #f2c94c', display: 'flex', fontSize: 30, fontWeight: 600, paddingTop: 24 }}>Thi đua · Cổng thông tin thi đua, khen thưởng</div>
      </div>
    ),
    { ...OG_SIZE, fonts: await loadFonts() },
  )
