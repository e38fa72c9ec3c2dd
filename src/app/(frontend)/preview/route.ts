import { enterPreview } from '@/preview/enterPreview'

/** /preview?collection=…&id=…: the admin's Preview and Live preview buttons land here (src/preview). */
export const GET = enterPreview
