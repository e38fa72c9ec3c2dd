import * as migration_20261127_061246_initial from './20261127_061246_initial';

export const migrations = [
  {
    up: migration_20261127_061246_initial.up,
    down: migration_20261127_061246_initial.down,
    name: '20261127_061246_initial'
  },
];
