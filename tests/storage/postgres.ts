// The tests' throwaway PostgreSQL server (scripts/throwaway-postgres.ts), in a folder removed after the test file.
import { startThrowawayPostgres, type ThrowawayPostgres } from '../../scripts/throwaway-postgres.js';
import { tempFolder } from '../helpers.js';

export type TestPostgres = ThrowawayPostgres;

export function startPostgres(): Promise<TestPostgres> {
  return startThrowawayPostgres(tempFolder('qa-postgres-'));
}
