/**
 * The layout's rules (README, "Architecture"), checked on src/ and
 * payload.config.ts by test/unit/architecture.spec.ts as part of `npm test`.
 * Run by hand: npx depcruise src payload.config.ts --config .dependency-cruiser.cjs
 */
/** Rooms every other room may use: shared infrastructure, words, roles, generated types. */
const FOUNDATION = '^src/(lib|i18n|access|migrations)/|^src/payload-types\\.ts$'

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'An import cycle makes load order matter; break it by moving the shared piece down a room.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'lib-imports-no-feature',
      comment: 'lib/ is shared infrastructure: it may use i18n, access roles and the migrations, never a feature, a collection or a component.',
      severity: 'error',
      from: { path: '^src/lib/' },
      to: { path: '^src/', pathNot: FOUNDATION },
    },
    {
      name: 'shared-components-import-no-feature',
      comment: 'src/components holds what every room shares; a component that needs a feature belongs in that feature.',
      severity: 'error',
      from: { path: '^src/components/' },
      to: { path: '^src/', pathNot: `${FOUNDATION}|^src/components/` },
    },
    {
      name: 'only-the-client-imports-the-config',
      comment: 'Everything the config reaches gets Payload from req.payload; the rest asks lib/server/payload.ts.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/lib/server/payload\\.ts$|^src/app/\\(payload\\)/' },
      to: { path: '^payload\\.config\\.ts$' },
    },
    {
      name: 'pages-read-option-lists-not-configs',
      comment: 'Only the config wiring (payload.config.ts) and other collections import a collection config; pages and features import its options.ts.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/collections/' },
      to: { path: '^src/collections/[^/]+/index\\.ts$' },
    },
    {
      name: 'routes-are-entry-points',
      comment: 'Nothing imports a route file: shared code lives in a room under src/, routes call into it.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/app/' },
      to: { path: '^src/app/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/migrations/(sqlite|postgres)/\\d|^src/payload-types\\.ts$|^src/app/\\(payload\\)/admin/importMap\\.js$' },
    tsConfig: { fileName: 'tsconfig.json' },
    // Type-only imports count: they tie modules together for the reader too.
    tsPreCompilationDeps: true,
  },
}
