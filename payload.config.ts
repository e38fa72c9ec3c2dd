import { seoPlugin } from '@payloadcms/plugin-seo'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Articles } from '@/collections/Articles'
import { Awards } from '@/collections/Awards'
import { Columns } from '@/collections/Columns'
import { Courses } from '@/collections/Courses'
import { Documents } from '@/collections/Documents'
import { Downloads } from '@/collections/Downloads'
import { EmulationClusters } from '@/collections/EmulationClusters'
import { Events } from '@/collections/Events'
import { Exemplars } from '@/collections/Exemplars'
import { Files } from '@/collections/Files'
import { Imports } from '@/collections/Imports'
import { Lessons } from '@/collections/Lessons'
import { Media } from '@/collections/Media'
import { Movements } from '@/collections/Movements'
import { Nominations } from '@/collections/Nominations'
import { Opinions } from '@/collections/Opinions'
import { Procedures } from '@/collections/Procedures'
import { Provinces } from '@/collections/Provinces'
import { Sectors } from '@/collections/Sectors'
import { Users } from '@/collections/Users'
import { ApiUsage } from '@/collections/ApiUsage'
import { PrivacyRequests } from '@/collections/PrivacyRequests'
import { Home } from '@/globals/Home/config'
import { SiteSettings } from '@/globals/SiteSettings/config'
import { OpinionRetention } from '@/globals/OpinionRetention/config'
import { ACTIVITY_VIEW_PATH } from '@/admin-dashboard/paths'
import { jobsAccess, restrictJobsCollection } from '@/jobs/access'
import { autoRunQueues } from '@/jobs/autoRun'
import { closeEndedConsultations } from '@/consultation/closeEndedConsultations'
import { applyOpinionRetentionTask } from '@/consultation/retention/task'
import { refreshMovementStatuses } from '@/movements/refreshMovementStatuses'
import { flushDailyCountersTask } from '@/jobs/flushDailyCounters'
import { runImportTask } from '@/import/job/task'
import { IMPORT_VIEW_PATH } from '@/import/admin/paths'
import { search } from '@/search/plugin'
import { searchTableIndexesPostgres } from '@/search/postgresIndexes'
import { searchTableIndexes } from '@/search/sqliteIndexes'
import { REGISTER_POSTGRES_EXTENSIONS, registerTrigramIndexes } from '@/register/postgresIndexes'
import { databaseAdapter } from '@/lib/database/adapter'
import { seoTitle } from '@/lib/seo/title'
import { PUBLIC_CONTENT_SLUGS } from '@/lib/urls/publicContent'
import { payloadSecret } from '@/lib/server/secret'
import { rememberRunningPayload } from '@/lib/server/runningPayload'
import { capApiQueries } from '@/plugins/capApiQueries'
import { uploadStorage } from '@/lib/storage/uploadStorage'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  admin: {
    avatar: 'default',
    components: {
      afterNavLinks: ['/admin-dashboard/activity/ActivityNavLink#ActivityNavLink', '/import/admin/ImportNavLink#ImportNavLink'],
      beforeDashboard: ['/admin-dashboard/dashboard/Dashboard#Dashboard'],
      views: {
        activity: { Component: '/admin-dashboard/activity/ActivityView#ActivityView', path: ACTIVITY_VIEW_PATH },
        import: { Component: '/import/admin/ImportView#ImportView', path: IMPORT_VIEW_PATH },
        personalData: { Component: '/consultation/personalData/admin/PersonalDataView#PersonalDataView', path: '/du-lieu-ca-nhan' },
      },
    },
    dateFormat: 'dd/MM/yyyy HH:mm',
    importMap: { baseDir: path.resolve(dirname, 'src') },
    meta: { titleSuffix: ' – Thi đua' },
    // Editors work in Vietnam's time, whatever their browser says.
    timezones: { defaultTimezone: 'Asia/Ho_Chi_Minh', supportedTimezones: [{ label: 'Giờ Việt Nam (UTC+7)', value: 'Asia/Ho_Chi_Minh' }] },
    user: Users.slug,
  },
  collections: [Exemplars, Movements, Awards, Nominations, Opinions, Events, EmulationClusters, Columns, Articles, Documents, Procedures, Courses, Lessons, Downloads, Provinces, Sectors, Media, Files, Imports, Users, ApiUsage, PrivacyRequests],
  db: databaseAdapter({
    postgres: { afterSchemaInit: [searchTableIndexesPostgres, registerTrigramIndexes], extensions: REGISTER_POSTGRES_EXTENSIONS },
    sqlite: { afterSchemaInit: [searchTableIndexes] },
  }),
  editor: lexicalEditor(),
  globals: [SiteSettings, Home, OpinionRetention],
  graphQL: { maxComplexity: 1000 },
  i18n: { fallbackLanguage: 'vi', supportedLanguages: { en, vi } },
  jobs: {
    access: jobsAccess,
    jobsCollectionOverrides: restrictJobsCollection,
    autoRun: autoRunQueues,
    tasks: [refreshMovementStatuses, closeEndedConsultations, applyOpinionRetentionTask, flushDailyCountersTask, runImportTask],
  },
  localization: {
    defaultLocale: 'vi',
    fallback: true,
    locales: [
      { code: 'vi', label: 'Tiếng Việt' },
      { code: 'en', label: 'English' },
    ],
  },
  // Refused requests are the caller's mistake, not ours: log them below error.
  loggingLevels: { APIError: 'warn', Forbidden: 'info', NotFound: 'info', ValidationError: 'info' },
  logger: { options: { level: process.env.PAYLOAD_LOG_LEVEL ?? 'info' } },
  maxDepth: 3,
  onInit: rememberRunningPayload,
  plugins: [
    seoPlugin({
      collections: PUBLIC_CONTENT_SLUGS,
      generateTitle: seoTitle,
      uploadsCollection: 'media',
    }),
    search,
    capApiQueries,
    // Images and files on S3 when S3_BUCKET is set, on local disk otherwise (src/lib/storage).
    uploadStorage(),
  ],
  secret: payloadSecret(),
  sharp,
  telemetry: false,
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  upload: { limits: { fileSize: 500 * 1024 * 1024 } },
})
