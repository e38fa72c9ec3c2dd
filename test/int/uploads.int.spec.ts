import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { htmlDisguisedAsPdf, largePng, minimalPdf, pdfUpload, tinyPng } from '../helpers/files'
import { startApiServer } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'
import { createUsersByRole, TEST_PASSWORD, type UsersByRole } from '../helpers/users'

let payload: Payload
let users: UsersByRole
let server: Awaited<ReturnType<typeof startApiServer>>
let token: string

beforeAll(async () => {
  payload = await getTestPayload()
  users = await createUsersByRole(payload, 'upload')
  server = await startApiServer()
  const login = await fetch(`${server.url}/api/users/login`, {
    body: JSON.stringify({ email: users.editor.email, password: TEST_PASSWORD }),
    headers: { 'content-type': 'application/json' },
    method: 'POST',
  })
  token = ((await login.json()) as { token: string }).token
})
afterAll(() => server.close())

const postUpload = async ({ collection, data, file }: { collection: 'files' | 'media'; data: Record<string, unknown>; file: { data: Buffer; mimetype: string; name: string } }) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file.data)], { type: file.mimetype }), file.name)
  form.append('_payload', JSON.stringify(data))
  const res = await fetch(`${server.url}/api/${collection}`, { body: form, headers: { authorization: `JWT ${token}` }, method: 'POST' })
  return { body: await res.text(), status: res.status }
}

describe('files library checks the real content type', () => {
  it('accepts a real PDF', async () => {
    const { body, status } = await postUpload({ collection: 'files', data: { title: 'Kế hoạch mẫu' }, file: pdfUpload() })
    expect(status).toBe(201)
    expect(JSON.parse(body).doc.mimeType).toBe('application/pdf')
  })

  it('refuses an HTML page named .pdf with a clear 400, and stores nothing', async () => {
    const before = await payload.count({ collection: 'files', overrideAccess: true })
    const { body, status } = await postUpload({ collection: 'files', data: { title: 'Giả mạo' }, file: htmlDisguisedAsPdf() })
    expect(status).toBe(400)
    expect(body).toMatch(/không thuộc loại được phép|not an allowed type/i)
    expect((await payload.count({ collection: 'files', overrideAccess: true })).totalDocs).toBe(before.totalDocs)
  })

  it('refuses a real PDF whose name claims another type', async () => {
    const data = minimalPdf()
    const { body, status } = await postUpload({ collection: 'files', data: { title: 'Sai đuôi' }, file: { data, mimetype: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', name: 'bao-cao.docx' } })
    expect(status).toBe(400)
    expect(body).toMatch(/không khớp|does not match/)
  })

  it('refuses the same through the Local API', async () => {
    await expect(
      payload.create({ collection: 'files', data: { title: 'Giả mạo' }, file: htmlDisguisedAsPdf(), overrideAccess: false, user: users.editor }),
    ).rejects.toMatchObject({ status: 400 })
  })
})

describe('lesson attachments uploaded by a trainer', () => {
  const asTrainer = () => ({ overrideAccess: false as const, user: users.trainer })
  // Well-formed where Payload looks (header first, xref and %%EOF last), 51 MB in between.
  const oversizedPdf = () => Buffer.concat([Buffer.from('%PDF-1.4\n%'), Buffer.alloc(51 * 1024 * 1024, 0x20), Buffer.from('\n'), minimalPdf()])

  it('refuse a file whose real content is not an allowed type, with a message, so it never reaches a lesson', async () => {
    await expect(payload.create({ collection: 'files', data: { title: 'Bài giảng giả' }, file: htmlDisguisedAsPdf(), ...asTrainer() })).rejects.toMatchObject({
      message: expect.stringContaining('không thuộc loại được phép'),
      status: 400,
    })
  })

  it('refuse a PDF over its 50 MB limit, also when the browser claims a type with a larger limit', async () => {
    const data = oversizedPdf()
    for (const mimetype of ['application/pdf', 'video/mp4']) {
      await expect(payload.create({ collection: 'files', data: { title: 'Quá lớn' }, file: { data, mimetype, name: 'bai-giang.pdf', size: data.length }, ...asTrainer() })).rejects.toMatchObject({
        message: expect.stringContaining('tối đa 50 MB'),
        status: 413,
      })
    }
  })
})

describe('images', () => {
  it('are stored with WebP sizes and require alt text', async () => {
    const ok = await postUpload({ collection: 'media', data: { alt: 'Ảnh thử nghiệm' }, file: await largePng() })
    expect(ok.status).toBe(201)
    const doc = JSON.parse(ok.body).doc as { sizes: Record<string, { mimeType: string | null }> }
    expect(Object.keys(doc.sizes)).toEqual(expect.arrayContaining(['thumbnail', 'card', 'feature', 'og']))
    expect(doc.sizes.card.mimeType).toBe('image/webp')

    const noAlt = await postUpload({ collection: 'media', data: {}, file: tinyPng('khong-mo-ta.png') })
    expect(noAlt.status).toBe(400)
  })

  it('refuse SVG (it can carry script) and files over the size limit', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    const refused = await postUpload({ collection: 'media', data: { alt: 'SVG' }, file: { data: svg, mimetype: 'image/svg+xml', name: 'x.svg' } })
    expect(refused.status).toBe(400)

    const huge = Buffer.concat([tinyPng().data, Buffer.alloc(21 * 1024 * 1024)])
    const tooBig = await postUpload({ collection: 'media', data: { alt: 'Quá lớn' }, file: { data: huge, mimetype: 'image/png', name: 'lon.png' } })
    expect(tooBig.status).toBe(413)
    expect(tooBig.body).toMatch(/tối đa 20 MB/)
  })
})

describe('HEAD on a stored file', () => {
  it('answers like GET without the body (Payload alone answered 404 for a file GET serves), and 404 for a missing one', async () => {
    const { body, status } = await postUpload({ collection: 'media', data: { alt: 'Ảnh kiểm tra HEAD' }, file: await largePng('kiem-tra-head.png') })
    expect(status).toBe(201)
    const { url } = JSON.parse(body).doc as { url: string }
    const get = await fetch(`${server.url}${url}`)
    const head = await fetch(`${server.url}${url}`, { method: 'HEAD' })
    expect(get.status).toBe(200)
    expect(head.status).toBe(200)
    expect(head.headers.get('content-type')).toBe(get.headers.get('content-type'))
    expect(Number(head.headers.get('content-length'))).toBe((await get.arrayBuffer()).byteLength)
    expect((await fetch(`${server.url}/api/media/file/khong-co-tep-nay.png`, { method: 'HEAD' })).status).toBe(404)
  })
})
