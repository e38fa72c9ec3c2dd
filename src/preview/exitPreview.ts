import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

/** Leaves draft preview and returns to the public page at `path` (same-site paths only). */
export const exitPreview = async (request: Request): Promise<Response> => {
  const path = new URL(request.url).searchParams.get('path') ?? '/'
  ;(await draftMode()).disable()
  redirect(path.startsWith('/') && !path.startsWith('//') ? path : '/')
}
