/** What pages show of an attached file: a titled download link with type and size. */
export const filePopulate = { filename: true, filesize: true, mimeType: true, title: true, url: true } as const

/** Images on reading pages: the display sizes plus what the media kit lists (original file, size, licence; `url` is built from `filename`). */
export const pageMediaPopulate = { alt: true, caption: true, credit: true, filename: true, filesize: true, height: true, licence: true, mimeType: true, sizes: true, url: true, width: true } as const
