import { createRequire } from 'node:module'

import PDFDocument from 'pdfkit'

const require = createRequire(import.meta.url)
/** A full TrueType font with every Vietnamese glyph (the web subsets split them). */
const REGULAR = require.resolve('@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf')
const BOLD = require.resolve('@expo-google-fonts/be-vietnam-pro/600SemiBold/BeVietnamPro_600SemiBold.ttf')

/** A printable A4 handout: title, paragraphs and a footer saying it is sample material. */
export const handoutPdf = ({ paragraphs, subtitle, title }: { paragraphs: string[]; subtitle?: string; title: string }): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const doc = new PDFDocument({ info: { Author: 'Dự án Thi đua', Title: title }, lang: 'vi', margin: 56, size: 'A4' })
    const chunks: Buffer[] = []
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
    doc.registerFont('regular', REGULAR)
    doc.registerFont('bold', BOLD)
    doc.font('bold').fontSize(18).fillColor('#7a0a0a').text(title)
    if (subtitle) doc.moveDown(0.3).font('regular').fontSize(11).fillColor('#52525b').text(subtitle)
    doc.moveDown(1).fillColor('#1d1d1f')
    for (const paragraph of paragraphs) {
      if (paragraph.startsWith('## ')) doc.moveDown(0.5).font('bold').fontSize(13).text(paragraph.slice(3))
      else doc.font('regular').fontSize(11.5).text(paragraph.replace(/^> /, ''), { align: 'justify', lineGap: 3 })
      doc.moveDown(0.6)
    }
    doc.moveDown(1).font('regular').fontSize(9).fillColor('#52525b').text('Tài liệu mẫu do dự án Thi đua biên soạn phục vụ trình diễn.')
    doc.end()
  })
