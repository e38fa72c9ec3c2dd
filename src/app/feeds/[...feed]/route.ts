import { serveFeed } from '@/feeds/serve'

/** RSS, Atom and JSON Feed for columns, all articles, exemplars and movements (src/feeds). */
export const GET = async (request: Request, { params }: { params: Promise<{ feed: string[] }> }): Promise<Response> =>
  serveFeed({ request, segments: (await params).feed })
