// Development aid: scores the engine as configured (the hand-set policy by default) on a question
// set, on the whole corpus and on the corpus versions scripts/train.ts fits on: without each
// fold's answering articles, and without only their answering paragraphs (folds by article).
// Its figures are the default's to set beside those train.ts prints for the fitted models.
// Usage: node dist/scripts/eval-held-out.js QUESTIONS.jsonl CORPUS_DIR ['{"search":{...},"answers":{...}}'] [--folds 5]
import { Engine } from '../src/engine.js';
import {
  answeringArticles,
  answeringRank,
  engineOptions,
  foldOf,
  readQuestions,
  withoutAnswers,
} from './question-set.js';

const args = process.argv.slice(2);
const [file, corpus, optionsJson] = args;
const folds = args.includes('--folds') ? Number(args[args.indexOf('--folds') + 1]) : 5;
const options = engineOptions(optionsJson);
const questions = readQuestions(file!);
const engine = await Engine.fromFolder(corpus!, options);
const answerable = questions.filter((q) => q.keys.length);
const percent = (part: number, whole: number) => (whole ? `${((100 * part) / whole).toFixed(1)}%` : '–');

let hit1 = 0,
  hit3 = 0,
  refused = 0,
  noneRight = 0;
for (const question of questions) {
  const answer = engine.ask(question.q);
  if (!question.keys.length) {
    if (!answer.found) noneRight++;
    continue;
  }
  const rank = answeringRank(answer.citations, question);
  if (rank === 0) hit1++;
  if (rank >= 0 && rank < 3) hit3++;
  if (!answer.found) refused++;
}
let withoutArticle = 0,
  withoutParagraph = 0;
for (let fold = 0; fold < folds; fold++) {
  const inFold = answerable.filter((q) => foldOf(answeringArticles(q)[0] ?? q.q, folds) === fold);
  const heldOut = new Set(inFold.flatMap(answeringArticles));
  const lessArticles = Engine.fromArticles(
    engine.articles.filter((a) => !heldOut.has(a.id)),
    options,
  );
  const lessParagraphs = Engine.fromArticles(withoutAnswers(engine.articles, inFold), options);
  for (const question of inFold) {
    if (!lessArticles.ask(question.q).found) withoutArticle++;
    if (!lessParagraphs.ask(question.q).found) withoutParagraph++;
  }
}
const none = questions.length - answerable.length;
console.log(
  `hit@1 ${percent(hit1, answerable.length)} hit@3 ${percent(hit3, answerable.length)} refused ${percent(refused, answerable.length)} ` +
    `right "not found": unanswerable ${percent(noneRight, none)}, article held out ${percent(withoutArticle, answerable.length)}, ` +
    `paragraph held out ${percent(withoutParagraph, answerable.length)}`,
);
