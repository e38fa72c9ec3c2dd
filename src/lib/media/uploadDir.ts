import path from 'node:path'

/** Local uploads live under media/ (tests point MEDIA_DIR at a temp folder). */
export const uploadDir = (sub: 'files' | 'images'): string => path.resolve(process.env.MEDIA_DIR ?? 'media', sub)
