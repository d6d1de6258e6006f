import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectFolder } from '../config/project-folder.js';

/** One input of a fitted model: its weight applies to the value standardised by the training data's mean and spread. */
export interface ModelInput {
  readonly name: string;
  readonly weight: number;
  readonly mean: number;
  readonly sd: number;
}

/**
 * A logistic model as `scripts/train.ts` writes it (`models/NAME.json`): a probability from a
 * weighted sum of standardised inputs, so that each weight reads as what one standard deviation
 * of its input adds to the log-odds.
 */
export interface ModelFile {
  readonly model: 'logistic';
  /** What the probability is of, in words. */
  readonly predicts: string;
  readonly intercept: number;
  readonly inputs: readonly ModelInput[];
  /**
   * Named probabilities to compare with, each with the precision and recall it had under
   * cross-validation (the answerability model's `strict`, `balanced`, `forthcoming`).
   */
  readonly thresholds?: Readonly<
    Record<string, { readonly value: number; readonly precision: number; readonly recall: number }>
  >;
  /** How it was fitted and how it scored under cross-validation: for the reader, never read by the code. */
  readonly fitted?: unknown;
}

export class ModelFileError extends Error {}

/** A fitted logistic model over named inputs. */
export class LogisticModel<Input extends string> {
  private readonly weights: Float64Array;
  private readonly means: Float64Array;
  private readonly sds: Float64Array;

  constructor(
    readonly file: ModelFile,
    private readonly names: readonly Input[],
  ) {
    const byName = new Map(file.inputs.map((input) => [input.name, input]));
    const missing = names.filter((name) => !byName.has(name));
    const unknown = file.inputs.filter((input) => !names.includes(input.name as Input)).map((input) => input.name);
    if (missing.length || unknown.length) {
      throw new ModelFileError(
        `the model "${file.predicts}" does not fit the code: ${[...missing.map((n) => `missing ${n}`), ...unknown.map((n) => `unknown ${n}`)].join(', ')}; run npm run train`,
      );
    }
    const inputs = names.map((name) => byName.get(name)!);
    this.weights = Float64Array.from(inputs, (input) => input.weight);
    this.means = Float64Array.from(inputs, (input) => input.mean);
    this.sds = Float64Array.from(inputs, (input) => input.sd || 1);
  }

  /** The log-odds of the values: monotonic in the probability, and cheaper. */
  logit(values: Readonly<Record<Input, number>>): number {
    let sum = this.file.intercept;
    for (let i = 0; i < this.names.length; i++)
      sum += (this.weights[i]! * (values[this.names[i]!] - this.means[i]!)) / this.sds[i]!;
    return sum;
  }

  probability(values: Readonly<Record<Input, number>>): number {
    return 1 / (1 + Math.exp(-this.logit(values)));
  }

  /** The model's named threshold. */
  threshold(name: string): number {
    const threshold = this.file.thresholds?.[name];
    if (!threshold)
      throw new ModelFileError(`the model "${this.file.predicts}" has no threshold "${name}"; run npm run train`);
    return threshold.value;
  }
}

/** Reads `models/NAME.json`, checking that it has exactly the inputs the code gives it. */
export function loadModel<Input extends string>(name: string, inputs: readonly Input[]): LogisticModel<Input> {
  const path = join(projectFolder('models'), `${name}.json`);
  let file: ModelFile;
  try {
    file = JSON.parse(readFileSync(path, 'utf8')) as ModelFile;
  } catch (error) {
    throw new ModelFileError(
      `cannot read the model ${path}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (file?.model !== 'logistic' || !Array.isArray(file.inputs) || typeof file.intercept !== 'number') {
    throw new ModelFileError(`${path} is not a logistic model written by npm run train`);
  }
  return new LogisticModel(file, inputs);
}
