// The two-class model of ml-logistic-regression, which ships its ES sources without types.
declare module 'ml-logistic-regression/src/logreg_2classes.js' {
  import type { Matrix } from 'ml-matrix';

  export default class LogisticRegressionTwoClasses {
    constructor(options?: { numSteps?: number; learningRate?: number });
    /** Batch gradient ascent on the log-likelihood: `features` one row a sample, `target` a column of 0 and 1. */
    train(features: Matrix, target: Matrix): void;
    testScores(features: Matrix): number[];
    weights: Matrix;
  }
}
