import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVIDENCE_INPUTS, evidenceModel } from '../../src/answers/answerability.js';
import { LogisticModel, ModelFileError, type ModelFile } from '../../src/fitted/logistic-model.js';
import { askedFigures, figuresMet } from '../../src/search/ranking/figures.js';
import { PASSAGE_FEATURES, passageModel } from '../../src/search/ranking/score.js';
import { ROOT } from '../helpers.js';

const shipped = (name: string) => JSON.parse(readFileSync(join(ROOT, 'models', `${name}.json`), 'utf8')) as ModelFile;

describe('the fitted models', () => {
  it('ship with exactly the inputs the code gives them, each with a finite weight and spread', () => {
    for (const [name, inputs] of [
      ['ranking', PASSAGE_FEATURES],
      ['answerability', EVIDENCE_INPUTS],
    ] as const) {
      const file = shipped(name);
      expect(file.inputs.map((input) => input.name)).toEqual([...inputs]);
      for (const input of file.inputs) expect(Number.isFinite(input.weight) && input.sd > 0).toBe(true);
    }
    expect(() => passageModel()).not.toThrow();
    expect(() => evidenceModel()).not.toThrow();
  });

  it('refuse a model file that does not fit the code, saying what to run', () => {
    const file: ModelFile = {
      model: 'logistic',
      predicts: 'a test',
      intercept: 0,
      inputs: [{ name: 'a', weight: 1, mean: 0, sd: 1 }],
    };
    expect(() => new LogisticModel(file, ['a', 'b'])).toThrow(ModelFileError);
    expect(() => new LogisticModel(file, ['a', 'b'])).toThrow(/missing b; run npm run train/);
  });

  it('give a probability from standardised inputs: one standard deviation adds its weight to the log-odds', () => {
    const model = new LogisticModel(
      { model: 'logistic', predicts: 'a test', intercept: -1, inputs: [{ name: 'x', weight: 2, mean: 0.5, sd: 0.25 }] },
      ['x'],
    );
    expect(model.logit({ x: 0.5 })).toBeCloseTo(-1, 12);
    expect(model.logit({ x: 0.75 })).toBeCloseTo(1, 12);
    expect(model.probability({ x: 0.75 })).toBeCloseTo(1 / (1 + Math.exp(-1)), 12);
  });

  it("are the retrieval document's table of ranking weights, input for input", () => {
    const readme = readFileSync(join(ROOT, 'docs/retrieval.md'), 'utf8');
    const fitted = new Set<string>(PASSAGE_FEATURES);
    const rows = [...readme.matchAll(/^\s*\| [^|]+ \| `(\w+)` \| (-?[\d.]+) \|$/gm)]
      .filter((m) => fitted.has(m[1]!))
      .map((m) => [m[1], Number(m[2])]);
    expect(rows).toEqual(shipped('ranking').inputs.map((input) => [input.name, input.weight]));
  });
});

describe('figures a question names', () => {
  it('are met by a passage that holds them, and lose to it when the passage names only other years', () => {
    const asked = askedFigures('Combien de voyageurs Al Boraq a-t-il transportés en 2022 ?');
    expect(asked).toEqual({ years: ['2022'], others: [] });
    expect(figuresMet(asked, () => 'En 2022, le train a transporté 3 millions de voyageurs.')).toEqual({
      met: 1,
      otherYear: 0,
    });
    expect(figuresMet(asked, () => 'En 2024, le train a transporté 5,5 millions de voyageurs.')).toEqual({
      met: 0,
      otherYear: 1,
    });
    expect(figuresMet(asked, () => 'Le train relie Tanger à Casablanca.')).toEqual({ met: 0, otherYear: 0 });
    expect(figuresMet(askedFigures('Who won?'), () => 'In 2024, Anora won.')).toEqual({ met: 0, otherYear: 0 });
  });

  it('are read alike whatever their separators', () => {
    expect(askedFigures('the 49.3 and 19,5 million in 2024').others).toEqual(['493', '195']);
    expect(figuresMet(askedFigures('What did the 49.3 do?'), () => 'Article 49,3 was used.').met).toBe(1);
  });
});

it("the retrieval document's table of answer thresholds is the answerability model's", () => {
  const readme = readFileSync(join(ROOT, 'docs/retrieval.md'), 'utf8');
  const rows = Object.fromEntries(
    [...readme.matchAll(/^\s*\| `(strict|balanced|forthcoming)`[^|]* \| ([\d.]+) \| ([\d.]+) \| ([\d.]+) \|$/gm)].map(
      (m) => [m[1], { value: Number(m[2]), precision: Number(m[3]), recall: Number(m[4]) }],
    ),
  );
  expect(rows).toEqual(shipped('answerability').thresholds);
});
