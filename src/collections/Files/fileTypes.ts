/** What the files library accepts, by real content type, with each type's size limit. */
export const allowedFileTypes = [
  { ext: 'pdf', mime: 'application/pdf', maxMB: 50 },
  { ext: 'docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', maxMB: 30 },
  { ext: 'pptx', mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', maxMB: 100 },
  { ext: 'xlsx', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', maxMB: 30 },
  { ext: 'mp3', mime: 'audio/mpeg', maxMB: 100 },
  { ext: 'mp4', mime: 'video/mp4', maxMB: 500 },
] as const

export const maxBytesFor = (mimeType: string): number =>
  (allowedFileTypes.find((t) => t.mime === mimeType)?.maxMB ?? 50) * 1024 * 1024
