import fs from 'node:fs'
import path from 'node:path'

import { UPLOAD_FOLDERS, uploadDir, type UploadFolder } from '@/lib/media/uploadDir'
import { UPLOADS_PREFIX } from './manifest'

export type UploadFile = { absolute: string; entry: string }

const FOLDERS = Object.values(UPLOAD_FOLDERS) as UploadFolder[]

/** Dot files are scratch (the health check's write probe), never uploads. */
const walk = async (dir: string): Promise<string[]> => {
  const entries = await fs.promises.readdir(dir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return []
    throw error
  })
  const nested = await Promise.all(
    entries
      .filter((entry) => !entry.name.startsWith('.'))
      .map(async (entry) => {
        const absolute = path.join(dir, entry.name)
        if (entry.isDirectory()) return walk(absolute)
        return entry.isFile() ? [absolute] : []
      }),
  )
  return nested.flat()
}

/** Every upload file, with its archive entry name (`uploads/images/anh.png`), in a stable order. */
export const listUploadFiles = async (root = uploadDir): Promise<UploadFile[]> => {
  const lists = await Promise.all(
    FOLDERS.map(async (folder) => {
      const base = root(folder)
      return (await walk(base)).map((absolute) => ({ absolute, entry: `${UPLOADS_PREFIX}${folder}/${path.relative(base, absolute).split(path.sep).join('/')}` }))
    }),
  )
  return lists.flat().sort((a, b) => a.entry.localeCompare(b.entry))
}

/** Where an archive entry goes on restore, under `root` (the live folders or a staging copy); null when it names no upload folder. */
export const uploadTarget = (entry: string, root: (folder: UploadFolder) => string = uploadDir): string | null => {
  if (!entry.startsWith(UPLOADS_PREFIX)) return null
  const [folder, ...rest] = entry.slice(UPLOADS_PREFIX.length).split('/')
  if (!FOLDERS.includes(folder as UploadFolder) || rest.length === 0 || rest.some((part) => part === '' || part === '.' || part === '..')) return null
  return path.join(root(folder as UploadFolder), ...rest)
}

/**
 * Swaps each live upload folder for its staged copy: a rename per folder, so
 * a reader sees the old folder or the new one, never half of each. The old
 * folders end up in the staging directory, which the caller removes.
 */
export const swapUploadFolders = async (staging: string): Promise<void> => {
  for (const folder of FOLDERS) {
    const live = uploadDir(folder)
    const staged = path.join(staging, folder)
    await fs.promises.mkdir(staged, { recursive: true })
    await fs.promises.mkdir(path.dirname(live), { recursive: true })
    if (fs.existsSync(live)) await fs.promises.rename(live, path.join(staging, `old-${folder}`))
    await fs.promises.rename(staged, live)
  }
}

export const stagingUploadDir = (staging: string) => (folder: UploadFolder) => path.join(staging, folder)

/** Beside the live folders, so moving them in is a rename on one file system. */
export const makeStagingDir = (): Promise<string> => {
  const root = path.dirname(uploadDir(FOLDERS[0]))
  fs.mkdirSync(root, { recursive: true })
  return fs.promises.mkdtemp(path.join(root, '.restore-'))
}
