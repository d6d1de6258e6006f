import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/language/registry.js';
import { readResources, translator } from '../../src/i18n/i18n.js';
import { ROOT } from '../helpers.js';

function keys(tree: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    value && typeof value === 'object'
      ? keys(value as Record<string, unknown>, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('i18n resources', () => {
  const resources = readResources();

  const [first, ...others] = LANGUAGES;

  it.each(others)('have the same keys in %s as in the first language', (language) => {
    expect(keys(resources[language]).sort()).toEqual(keys(resources[first!]).sort());
  });

  it.each(others)('have no empty text and the same placeholders in %s as in the first language', (language) => {
    const base = translator(first!);
    const other = translator(language);
    const placeholders = (tree: Record<string, unknown>, key: string) =>
      [...String(readFromTree(tree, key)).matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
    for (const key of keys(resources[first!])) {
      expect(base(key), key).not.toBe('');
      expect(other(key), key).not.toBe(key);
      expect(placeholders(resources[language], key), key).toEqual(placeholders(resources[first!], key));
    }
  });

  it('contain every key the code asks for', () => {
    const known = new Set(keys(resources[first!]));
    const used = sourceFiles(join(ROOT, 'src')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bt\('([a-zA-Z]+\.[a-zA-Z.]+)'/g)].map((m) => m[1]!),
    );
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((key) => !known.has(key))).toEqual([]);
  });

  it('hold no text the code never asks for', () => {
    // Keys are named in the code as strings ('answer.intro'), as a key under which the code reads
    // children (describe(builder, 'discord.commands.ask') reads .name and .description), or as the
    // beginning of a template (`update.${change}`).
    const code = sourceFiles(join(ROOT, 'src'))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const named = new Set([...code.matchAll(/['`]([a-zA-Z]+(?:\.[a-zA-Z-]+)+)['`]/g)].map((m) => m[1]!));
    const templates = [...code.matchAll(/`([a-zA-Z]+(?:\.[a-zA-Z-]+)*\.)\$\{/g)].map((m) => m[1]!);
    const unused = keys(resources[first!]).filter(
      (key) =>
        !named.has(key) &&
        !templates.some((prefix) => key.startsWith(prefix)) &&
        ![...named].some((parent) => key.startsWith(`${parent}.`)),
    );
    expect(unused).toEqual([]);
  });
});

function readFromTree(tree: Record<string, unknown>, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree);
}
