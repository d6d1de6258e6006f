import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { RANK_DEFAULTS } from '../../src/search/ranking/options.js';
import { FEATURE_WEIGHTS, weightedScore, type PassageFeatures } from '../../src/search/ranking/score.js';
import { ROOT } from '../helpers.js';

it("the retrieval document's table of ranking weights is the code's, feature for feature, in order", () => {
  const readme = readFileSync(join(ROOT, 'docs/retrieval.md'), 'utf8');
  const rows = [...readme.matchAll(/^\s*\| [^|]+ \| `(\w+Weight)` \| (-?[\d.]+) \|$/gm)].map((m) => [
    m[1],
    Number(m[2]),
  ]);
  expect(rows).toEqual(FEATURE_WEIGHTS.map(([, weight]) => [weight, RANK_DEFAULTS[weight]]));
});

it('a passage scores its features, each times its weight', () => {
  const features = Object.fromEntries(FEATURE_WEIGHTS.map(([feature]) => [feature, 0])) as Record<
    keyof PassageFeatures,
    number
  >;
  expect(weightedScore(features, RANK_DEFAULTS)).toBe(0);
  features.sentenceCoverage = 1;
  features.role = 0.5;
  expect(weightedScore(features, RANK_DEFAULTS)).toBeCloseTo(
    RANK_DEFAULTS.sentenceWeight + 0.5 * RANK_DEFAULTS.roleWeight,
    12,
  );
  expect(weightedScore(features, { ...RANK_DEFAULTS, roleWeight: 0 })).toBeCloseTo(RANK_DEFAULTS.sentenceWeight, 12);
});
