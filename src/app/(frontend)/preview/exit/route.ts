import { exitPreview } from '@/preview/exitPreview'

/** /preview/exit?path=…: the preview banner's way back to the public page. */
export const GET = exitPreview
