// Development aid: how answers hold up when a question is typed carelessly. Each question of a
// set is asked as written, without accents or capitals, with a slip in about half of its longer
// words (a letter dropped, two swapped, or one doubled), and with both.
// Usage: node dist/scripts/eval-typos.js QUESTIONS.jsonl [CORPUS_DIR] ['{"search":{...},"answers":{...}}'] [--misses]
// The slips come from a fixed seed: every run asks the same misspelled questions.
import { answeringRank, percent, setArguments } from './question-set.js';
import { Engine } from '../src/engine.js';

const { questions, corpus, options, showMisses } = setArguments(process.argv.slice(2));
const engine = await Engine.fromFolder(corpus, options);

let seed = 7;
const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
const withoutAccents = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const withSlips = (text: string) =>
  text
    .split(' ')
    .map((word) => {
      if (word.length < 6 || random() >= 0.5) return word;
      const at = 1 + Math.floor(random() * (word.length - 2));
      const kind = random();
      if (kind < 1 / 3) return word.slice(0, at) + word.slice(at + 1);
      if (kind < 2 / 3) return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
      return word.slice(0, at) + word[at] + word.slice(at);
    })
    .join(' ');

const variants: [string, (text: string) => string][] = [
  ['as written', (text) => text],
  ['no accents', withoutAccents],
  ['slips', withSlips],
  ['both', (text) => withSlips(withoutAccents(text))],
];
for (const [name, spell] of variants) {
  let answerable = 0,
    hit1 = 0,
    hit3 = 0,
    unanswerable = 0,
    notFound = 0,
    language = 0;
  for (const question of questions) {
    const text = spell(question.q);
    const answer = engine.ask(text);
    if (answer.language === question.lang) language++;
    if (!question.keys.length) {
      unanswerable++;
      if (!answer.found) notFound++;
      else if (showMisses) console.log(`  answered: ${text}`);
      continue;
    }
    answerable++;
    const rank = answeringRank(answer.citations, question);
    if (rank === 0) hit1++;
    if (rank >= 0 && rank < 3) hit3++;
    else if (showMisses) console.log(`  missed: ${text}`);
  }
  console.log(
    `${name.padEnd(11)} hit@1 ${percent(hit1, answerable)}%  hit@3 ${percent(hit3, answerable)}%  not-found ${percent(notFound, unanswerable)}%  language ${percent(language, questions.length)}%`,
  );
}
