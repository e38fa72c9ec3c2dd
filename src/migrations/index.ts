import * as migration_20261127_061246_initial from './20261127_061246_initial';
import * as migration_20261127_064915 from './20261127_064915';

export const migrations = [
  {
    up: migration_20261127_061246_initial.up,
    down: migration_20261127_061246_initial.down,
    name: '20261127_061246_initial',
  },
  {
    up: migration_20261127_064915.up,
    down: migration_20261127_064915.down,
    name: '20261127_064915'
  },
];
