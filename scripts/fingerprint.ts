// Development aid for refactoring: prints, one JSON line each, what the engine answers to every
// question of the given sets (language, found, refusal rule, the cited article and paragraph and
// sentence) and every summary of every corpus. Two runs of the same build print the same lines,
// so `diff` of a run before and after a change says exactly which answers it moved.
// Usage: node dist/scripts/fingerprint.js CORPUS_DIR QUESTIONS.jsonl [QUESTIONS.jsonl…] [-- CORPUS_DIR QUESTIONS…]
import { Engine } from '../src/engine.js';
import { readQuestions } from './question-set.js';

const groups: string[][] = [[]];
for (const arg of process.argv.slice(2)) {
  if (arg === '--') groups.push([]);
  else groups.at(-1)!.push(arg);
}

for (const [corpus, ...sets] of groups) {
  if (!corpus) continue;
  const engine = await Engine.fromFolder(corpus);
  for (const article of engine.articles) {
    const summary = engine.summaryOf(article);
    console.log(
      JSON.stringify({
        summary: article.id,
        keys: summary.keySentences.map((k) => k.paragraph + ':' + k.text),
        entities: summary.entities,
      }),
    );
  }
  for (const set of sets) {
    for (const q of readQuestions(set)) {
      const a = engine.ask(q.q);
      const cited = a.citations.map((c) => `${c.articleId}#${c.paragraph}@${c.highlight.start}-${c.highlight.end}`);
      console.log(
        JSON.stringify({
          q: q.q,
          language: a.language,
          found: a.found,
          reason: a.found ? undefined : a.reason,
          cited,
          suggestions: a.suggestions.map((s) => s.id),
        }),
      );
    }
  }
}
