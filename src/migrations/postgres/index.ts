import * as migration_20261129_203447_initial from './20261129_203447_initial';

export const migrations = [
  {
    up: migration_20261129_203447_initial.up,
    down: migration_20261129_203447_initial.down,
    name: '20261129_203447_initial'
  },
];
