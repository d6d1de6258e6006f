import { cpSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { Engine } from '../../src/engine.js';
import { SEEDS, tempFolder } from '../helpers.js';

it('removes at start what killed writes left, and nothing a running process is writing', async () => {
  const folder = tempFolder('qa-partials-');
  cpSync(SEEDS, folder, { recursive: true });
  const dataDir = tempFolder('qa-partials-data-');
  const snapshot = join(dataDir, 'index', 'seeds.snapshot');
  // A killed /article add, an hour ago, and one being written now.
  const killedAdd = join(folder, '.harbour.3f9a1c2b4d5e.partial');
  writeFileSync(killedAdd, 'Harbour\n\nHalf a file');
  const hourAgo = (Date.now() - 3_600_000) / 1000;
  utimesSync(killedAdd, hourAgo, hourAgo);
  writeFileSync(join(folder, '.lighthouse.0a1b2c3d4e5f.partial'), 'Lighthouse\n\nBeing written');
  // A first start makes the snapshot's folder; then a killed snapshot write, and one of this (running) process.
  const first = await Engine.fromFolder(folder, { snapshot });
  if (first.snapshotStatus?.kind === 'built') await first.snapshotStatus.saved;
  const deadPid = 4_194_305; // above Linux's highest pid: no process has it
  writeFileSync(`${snapshot}.${deadPid}.partial`, Buffer.alloc(1024));
  writeFileSync(`${snapshot}.${process.pid}.partial`, Buffer.alloc(1024));

  const engine = await Engine.fromFolder(folder, { snapshot });
  expect(engine.articles.length).toBe(2);
  expect(readdirSync(folder).filter((name) => name.endsWith('.partial'))).toEqual(['.lighthouse.0a1b2c3d4e5f.partial']);
  expect(readdirSync(join(dataDir, 'index')).filter((name) => name.endsWith('.partial'))).toEqual([
    `seeds.snapshot.${process.pid}.partial`,
  ]);
});
