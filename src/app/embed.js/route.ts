import { serveEmbedLoader } from '@/embed/serveLoader'

/** The loader media organizations include beside their embeds (src/embed/loader.ts). */
export const GET = serveEmbedLoader
