import * as migration_20261129_203447_initial from './20261129_203447_initial';
import * as migration_20261202_091815_updated_by from './20261202_091815_updated_by';
import * as migration_20261202_112402_opinion_privacy from './20261202_112402_opinion_privacy';
import * as migration_20261202_142958_upload_storage_fields from './20261202_142958_upload_storage_fields';
import * as migration_20261202_144116_flush_daily_counters_task from './20261202_144116_flush_daily_counters_task';
import * as migration_20261202_232719_import_and_statistics from './20261202_232719_import_and_statistics';
import * as migration_20261202_233412_import_skip_invalid from './20261202_233412_import_skip_invalid';
import * as migration_20261202_235621_import_job from './20261202_235621_import_job';
import * as migration_20261203_055138_events_procedures_clusters from './20261203_055138_events_procedures_clusters';
import * as migration_20261203_055550_document_replaced_by from './20261203_055550_document_replaced_by';
import * as migration_20261203_071606_import_cluster_scores from './20261203_071606_import_cluster_scores';

export const migrations = [
  {
    up: migration_20261129_203447_initial.up,
    down: migration_20261129_203447_initial.down,
    name: '20261129_203447_initial',
  },
  {
    up: migration_20261202_091815_updated_by.up,
    down: migration_20261202_091815_updated_by.down,
    name: '20261202_091815_updated_by',
  },
  {
    up: migration_20261202_112402_opinion_privacy.up,
    down: migration_20261202_112402_opinion_privacy.down,
    name: '20261202_112402_opinion_privacy',
  },
  {
    up: migration_20261202_142958_upload_storage_fields.up,
    down: migration_20261202_142958_upload_storage_fields.down,
    name: '20261202_142958_upload_storage_fields',
  },
  {
    up: migration_20261202_144116_flush_daily_counters_task.up,
    down: migration_20261202_144116_flush_daily_counters_task.down,
    name: '20261202_144116_flush_daily_counters_task',
  },
  {
    up: migration_20261202_232719_import_and_statistics.up,
    down: migration_20261202_232719_import_and_statistics.down,
    name: '20261202_232719_import_and_statistics',
  },
  {
    up: migration_20261202_233412_import_skip_invalid.up,
    down: migration_20261202_233412_import_skip_invalid.down,
    name: '20261202_233412_import_skip_invalid',
  },
  {
    up: migration_20261202_235621_import_job.up,
    down: migration_20261202_235621_import_job.down,
    name: '20261202_235621_import_job',
  },
  {
    up: migration_20261203_055138_events_procedures_clusters.up,
    down: migration_20261203_055138_events_procedures_clusters.down,
    name: '20261203_055138_events_procedures_clusters',
  },
  {
    up: migration_20261203_055550_document_replaced_by.up,
    down: migration_20261203_055550_document_replaced_by.down,
    name: '20261203_055550_document_replaced_by',
  },
  {
    up: migration_20261203_071606_import_cluster_scores.up,
    down: migration_20261203_071606_import_cluster_scores.down,
    name: '20261203_071606_import_cluster_scores'
  },
];
