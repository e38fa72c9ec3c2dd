import { handleEmbedRequest } from '@/embed/handler'

/** Embeds mirror the site's paths: /embed/chuyen-muc/<column>[/<article>], /embed/guong-dien-hinh/<slug>, /embed/phong-trao/<slug>. */
export const GET = async (request: Request, { params }: { params: Promise<{ path: string[] }> }): Promise<Response> =>
  handleEmbedRequest(request, (await params).path)
