/** Upload payloads for tests: real bytes, so content checks see what a browser would send. */
import sharp from 'sharp'

const PNG_1x1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

export const tinyPng = (name = 'anh.png') => ({ data: PNG_1x1, mimetype: 'image/png', name, size: PNG_1x1.length })

/** The smallest well-formed PDF (one empty page). */
export const minimalPdf = (): Buffer => {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>']
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((obj, i) => {
    offsets.push(body.length)
    body += `${i + 1} 0 obj\n${obj}\nendobj\n`
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}

export const pdfUpload = (name = 'tai-lieu.pdf', data = minimalPdf()) => ({ data, mimetype: 'application/pdf', name, size: data.length })

/** An HTML page (with script) wearing a .pdf name and MIME type. */
export const htmlDisguisedAsPdf = () => {
  const data = Buffer.from('<!doctype html><html><body><script>alert(1)</script>Không phải PDF</body></html>')
  return { data, mimetype: 'application/pdf', name: 'quyet-dinh.pdf', size: data.length }
}

/** A real 1600×1200 photo-sized PNG, large enough for every image size. */
export const largePng = async (name = 'anh-lon.png') => {
  const data = await sharp({ create: { background: '#a50e0e', channels: 3, height: 1200, width: 1600 } }).png().toBuffer()
  return { data, mimetype: 'image/png', name, size: data.length }
}
