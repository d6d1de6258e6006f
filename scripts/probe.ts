// Development aid: prints how the engine reads questions (words, weights, best passages, refusal).
// Usage: node dist/scripts/probe.js CORPUS_DIR "question" ["question"…]
import { Engine } from '../src/engine.js';
import type { PassageIndex } from '../src/search/index/passage-index.js';

const [corpus, ...questions] = process.argv.slice(2);
const engine = await Engine.fromFolder(corpus!);
for (const question of questions) {
  const found = engine.rank(question, 5);
  console.log(`\n## ${question} [${found.language}]`);
  console.log(
    found.words
      .map(
        (w) =>
          `${w.word}(${w.idf.toFixed(1)}${w.isName ? ',name' : ''}${w.isTopic ? ',topic' : ''}:${w.variants.length})`,
      )
      .join(' '),
  );
  if (process.env.PROBE_TERMS) {
    // The searcher is private to the engine: a development aid may look inside.
    const { index } = (engine as unknown as { searcher: { index: PassageIndex } }).searcher;
    const terms = new Map([...index.termIds].map(([term, id]) => [id, term]));
    for (const w of found.words)
      console.log(`  ${w.word}: ${w.variants.map((v) => `${terms.get(v.term)}@${v.weight.toFixed(2)}`).join(' ')}`);
  }
  for (const p of found.passages) {
    console.log(
      `  ${p.score.toFixed(3)} cov=${p.features.coverage.toFixed(2)} sent=${p.features.heldSentenceCoverage.toFixed(2)} ${p.features.lacksAskedValue ? 'LACKS ' : ''}${p.passage.article.id}#${p.passage.paragraph}: ${p.passage.text.slice(0, 90)}`,
    );
  }
  const answer = engine.ask(question);
  const confidence = answer.confidence === undefined ? '' : ` confidence ${answer.confidence.toFixed(3)}`;
  console.log(
    answer.found
      ? `  -> found ${answer.citations[0]!.articleId}#${answer.citations[0]!.paragraph}${confidence}`
      : `  -> not found (${answer.reason})${confidence}`,
  );
}
