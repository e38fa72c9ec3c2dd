import * as migration_20261127_061246_initial from './20261127_061246_initial';
import * as migration_20261127_064915 from './20261127_064915';
import * as migration_20261127_084658_search_tokens from './20261127_084658_search_tokens';
import * as migration_20261127_091339_partner_api from './20261127_091339_partner_api';
import * as migration_20261127_102908_award_register from './20261127_102908_award_register';
import * as migration_20261127_103913_nominations from './20261127_103913_nominations';
import * as migration_20261127_113225_training from './20261127_113225_training';
import * as migration_20261127_120959_award_updated_by from './20261127_120959_award_updated_by';
import * as migration_20261202_091807_updated_by from './20261202_091807_updated_by';
import * as migration_20261202_112333_opinion_privacy from './20261202_112333_opinion_privacy';
import * as migration_20261202_142945_upload_storage_fields from './20261202_142945_upload_storage_fields';
import * as migration_20261202_232715_import_and_statistics from './20261202_232715_import_and_statistics';
import * as migration_20261202_233407_import_skip_invalid from './20261202_233407_import_skip_invalid';
import * as migration_20261203_055133_events_procedures_clusters from './20261203_055133_events_procedures_clusters';
import * as migration_20261203_055532_document_replaced_by from './20261203_055532_document_replaced_by';

export const migrations = [
  {
    up: migration_20261127_061246_initial.up,
    down: migration_20261127_061246_initial.down,
    name: '20261127_061246_initial',
  },
  {
    up: migration_20261127_064915.up,
    down: migration_20261127_064915.down,
    name: '20261127_064915',
  },
  {
    up: migration_20261127_084658_search_tokens.up,
    down: migration_20261127_084658_search_tokens.down,
    name: '20261127_084658_search_tokens',
  },
  {
    up: migration_20261127_091339_partner_api.up,
    down: migration_20261127_091339_partner_api.down,
    name: '20261127_091339_partner_api',
  },
  {
    up: migration_20261127_102908_award_register.up,
    down: migration_20261127_102908_award_register.down,
    name: '20261127_102908_award_register',
  },
  {
    up: migration_20261127_103913_nominations.up,
    down: migration_20261127_103913_nominations.down,
    name: '20261127_103913_nominations',
  },
  {
    up: migration_20261127_113225_training.up,
    down: migration_20261127_113225_training.down,
    name: '20261127_113225_training',
  },
  {
    up: migration_20261127_120959_award_updated_by.up,
    down: migration_20261127_120959_award_updated_by.down,
    name: '20261127_120959_award_updated_by',
  },
  {
    up: migration_20261202_091807_updated_by.up,
    down: migration_20261202_091807_updated_by.down,
    name: '20261202_091807_updated_by',
  },
  {
    up: migration_20261202_112333_opinion_privacy.up,
    down: migration_20261202_112333_opinion_privacy.down,
    name: '20261202_112333_opinion_privacy',
  },
  {
    up: migration_20261202_142945_upload_storage_fields.up,
    down: migration_20261202_142945_upload_storage_fields.down,
    name: '20261202_142945_upload_storage_fields',
  },
  {
    up: migration_20261202_232715_import_and_statistics.up,
    down: migration_20261202_232715_import_and_statistics.down,
    name: '20261202_232715_import_and_statistics',
  },
  {
    up: migration_20261202_233407_import_skip_invalid.up,
    down: migration_20261202_233407_import_skip_invalid.down,
    name: '20261202_233407_import_skip_invalid',
  },
  {
    up: migration_20261203_055133_events_procedures_clusters.up,
    down: migration_20261203_055133_events_procedures_clusters.down,
    name: '20261203_055133_events_procedures_clusters',
  },
  {
    up: migration_20261203_055532_document_replaced_by.up,
    down: migration_20261203_055532_document_replaced_by.down,
    name: '20261203_055532_document_replaced_by'
  },
];
