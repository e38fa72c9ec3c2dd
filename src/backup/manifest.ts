/** What a backup archive holds, described in its manifest.json. */
export const MANIFEST_ENTRY = 'manifest.json'
export const MANIFEST_FORMAT = 'thidua-backup'
export const MANIFEST_VERSION = 1

/** Archive entries under this prefix are upload files: `uploads/<folder>/<path inside it>`. */
export const UPLOADS_PREFIX = 'uploads/'

export type BackupDatabaseKind = 'postgres' | 'sqlite'

export type ArchivedFile = { path: string; sha256: string; size: number }

/** What the snapshot held: every table's row count, each collection's documents and the migrations that had run. */
export type DatabaseContents = {
  collections: Record<string, { documents: number; table: string }>
  migrations: string[]
  tables: Record<string, number>
}

export type BackupManifest = {
  createdAt: string
  database: DatabaseContents & { entry: string; kind: BackupDatabaseKind }
  files: ArchivedFile[]
  format: typeof MANIFEST_FORMAT
  version: typeof MANIFEST_VERSION
}

const isCountRecord = (value: unknown): value is Record<string, number> =>
  typeof value === 'object' && value !== null && Object.values(value).every((n) => Number.isInteger(n) && (n as number) >= 0)

/** The manifest of an archive, or an error saying why the archive is not one of ours. */
export const parseManifest = (text: string): BackupManifest => {
  let manifest: BackupManifest
  try {
    manifest = JSON.parse(text) as BackupManifest
  } catch {
    throw new Error('manifest.json trong bản sao lưu không phải JSON hợp lệ: bản sao lưu bị hỏng.')
  }
  if (manifest?.format !== MANIFEST_FORMAT) throw new Error('Tệp này không phải bản sao lưu của Thi đua (manifest.json thiếu hoặc khác định dạng).')
  if (manifest.version !== MANIFEST_VERSION) throw new Error(`Bản sao lưu định dạng phiên bản ${manifest.version}; bản này chỉ đọc phiên bản ${MANIFEST_VERSION}. Dùng phiên bản Thi đua đã tạo ra nó.`)
  const { database, files } = manifest
  const valid =
    (database?.kind === 'sqlite' || database?.kind === 'postgres') &&
    typeof database.entry === 'string' &&
    isCountRecord(database.tables) &&
    Array.isArray(database.migrations) &&
    typeof database.collections === 'object' &&
    Array.isArray(files) &&
    files.every((file) => typeof file?.path === 'string' && /^[0-9a-f]{64}$/.test(file.sha256) && Number.isInteger(file.size)) &&
    files.some((file) => file.path === database.entry)
  if (!valid) throw new Error('manifest.json trong bản sao lưu thiếu thông tin bắt buộc: bản sao lưu bị hỏng hoặc bị sửa.')
  return manifest
}

/** slug → table, as the backup recorded it. */
export const collectionTablesOf = (contents: DatabaseContents): Record<string, string> =>
  Object.fromEntries(Object.entries(contents.collections).map(([slug, { table }]) => [slug, table]))
