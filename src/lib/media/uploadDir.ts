import path from 'node:path'

/** The folder under media/ of each upload collection. */
export const UPLOAD_FOLDERS = { files: 'files', imports: 'imports', media: 'images' } as const
export type UploadFolder = (typeof UPLOAD_FOLDERS)[keyof typeof UPLOAD_FOLDERS]

/** Local uploads live under media/ (tests point MEDIA_DIR at a temp folder). */
export const uploadDir = (sub: UploadFolder): string => path.resolve(process.env.MEDIA_DIR ?? 'media', sub)
