import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EN_SEED, FR_SEED, ROOT, tempFolder } from '../helpers.js';
import { runNode } from './run.js';

const questions = [
  'Who did Christophe Castaner meet in Rabat?',
  'Quels problèmes persistent selon le ministre marocain ?',
  '',
  'Comment faire une pâte à crêpes ?',
  'Combien de migrants sont arrivés en Espagne ?',
];

describe('npm run ask -- --json', () => {
  it('prints exactly one JSON object per question, in order, logs on stderr only', async () => {
    const run = await runNode('src/cli/ask.js', ['--json'], questions.join('\n') + '\n');
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(questions.length);
    const answers = lines.map((line) => JSON.parse(line));
    answers.forEach((answer, i) => {
      expect(Object.keys(answer).sort()).toEqual(['answer', 'citations', 'found', 'language', 'question']);
      expect(answer.question).toBe(questions[i]!.trim());
      expect(['en', 'fr']).toContain(answer.language);
      expect(typeof answer.answer).toBe('string');
      expect(answer.answer.length).toBeGreaterThan(0);
      for (const citation of answer.citations) {
        expect(Object.keys(citation).sort()).toEqual(['article', 'paragraph', 'score', 'text', 'title']);
        expect(Number.isInteger(citation.paragraph)).toBe(true);
        expect(citation.paragraph).toBeGreaterThanOrEqual(1);
      }
      // The best first; past it, each article's language in score order (one of each language comes before a second of one).
      const scores = answer.citations.map((c: { score: number }) => c.score);
      expect(Math.max(...scores, 0)).toBe(scores[0] ?? 0);
      const byArticle = (prefix: string) =>
        answer.citations
          .filter((c: { article: string }) => c.article === prefix)
          .map((c: { score: number }) => c.score);
      for (const article of [EN_SEED, FR_SEED])
        expect(byArticle(article)).toEqual([...byArticle(article)].sort((a, b) => b - a));
    });
    expect(answers[0]).toMatchObject({ language: 'en', found: true });
    expect(answers[0].citations[0]).toMatchObject({ article: EN_SEED, paragraph: 1 });
    expect(answers[1]).toMatchObject({ language: 'fr', found: true });
    expect(answers[1].citations[0].article).toBe(FR_SEED);
    expect(answers[1].citations[0].text).toContain('problèmes qui persistent');
    expect(answers[2]).toMatchObject({ found: false, citations: [] });
    expect(answers[3]).toMatchObject({ language: 'fr', found: false, citations: [] });
    expect(answers[3].answer).toMatch(/pas trouvé/);
    expect(answers[4].citations[0].article).toBe(EN_SEED);
    // A person's command line is quiet: no log line unless something is wrong.
    expect(run.stderr).toBe('');
  });

  it('logs warnings in words on standard error, never on standard output; LOG_LEVEL and LOG_FORMAT bring the JSON lines back', async () => {
    const folder = tempFolder();
    writeFileSync(join(folder, 'article.txt'), 'A title\n\nThe harbour works were approved in 1999.\n');
    writeFileSync(join(folder, 'empty\u001b[2J.txt'), '');
    const quiet = await runNode(
      'src/cli/ask.js',
      ['--json', '--corpus', folder],
      'When were the harbour works approved?\n',
    );
    expect(quiet.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(quiet.stderr).toMatch(/^warning: Skipped .*empty\?\[2J\.txt: empty\n$/);
    const logged = await runNode(
      'src/cli/ask.js',
      ['--json', '--corpus', folder],
      'When were the harbour works approved?\n',
      { LOG_LEVEL: 'info', LOG_FORMAT: 'json' },
    );
    expect(logged.stderr).toMatch(/"msg":"Articles indexed"/);
    expect(logged.stdout.trimEnd().split('\n')).toHaveLength(1);
  });

  it('answers in the language forced by --lang, or in both', async () => {
    const run = await runNode(
      'src/cli/ask.js',
      ['--json', '--lang', 'both'],
      'What did the ministers say about mutual trust?\n',
    );
    const answer = JSON.parse(run.stdout);
    expect(answer.language).toBe('en');
    expect(answer.answer).toContain('Here is what the articles say');
    expect(answer.answer).toContain('Voici ce que disent les articles');
    const fr = JSON.parse(
      (await runNode('src/cli/ask.js', ['--json', '--lang', 'fr'], 'Who did Castaner meet?\n')).stdout,
    );
    expect(fr.language).toBe('fr');
    expect(fr.answer).toContain('Voici ce que disent les articles');
  });

  it('is as strict as ANSWER_STRICTNESS says: a question answered by default is not found when strict', async () => {
    const question = 'Who chaired the working meeting on Monday in Rabat?\n';
    const found = async (env: Record<string, string>) =>
      JSON.parse((await runNode('src/cli/ask.js', ['--json'], question, env)).stdout).found;
    expect(await found({})).toBe(true);
    expect(await found({ ANSWER_STRICTNESS: 'strict' })).toBe(false);
    const wrong = await runNode('src/cli/ask.js', ['--json'], question, { ANSWER_STRICTNESS: 'very' });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('ANSWER_STRICTNESS');
  });

  it('reads another folder with --corpus', async () => {
    const dir = tempFolder();
    writeFileSync(
      join(dir, 'harbour.txt'),
      'The new harbour of Tangier\n\nThe harbour of Tangier opened in 2007 and handles nine million containers.\n',
    );
    const run = await runNode('src/cli/ask.js', ['--json', '--corpus', dir], 'When did the Tangier harbour open?\n');
    expect(JSON.parse(run.stdout).citations[0]).toMatchObject({ article: 'harbour', paragraph: 1 });
  });

  it('prints one answer for a person, and the summary and list of articles', async () => {
    const one = await runNode('src/cli/ask.js', ['Combien de réseaux criminels ont été démantelés ?'], '');
    expect(one.stdout).toContain('122 active criminal networks');
    expect(one.stdout).toContain('paragraphe 12');
    const summary = await runNode('src/cli/ask.js', ['--summary', 'maroc securite'], '');
    expect(summary.stdout).toContain('Résumé de « Le Maroc et la France');
    const list = await runNode('src/cli/ask.js', ['--articles'], '');
    expect(list.stdout).toContain(EN_SEED);
    expect(list.stdout).toContain('LR/MAP');
  });

  it('stops with a clear message on a wrong setting or an empty folder', async () => {
    const wrong = await runNode('src/cli/ask.js', ['--json'], '', { LOG_LEVEL: 'loud' });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('Setting LOG_LEVEL is wrong');
    const empty = await runNode('src/cli/ask.js', ['--json', '--corpus', tempFolder()], '');
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('No usable article');
  });

  it('answers a question given as argument as one JSON line, and prints the articles and a summary as JSON', async () => {
    const one = await runNode('src/cli/ask.js', ['--json', 'Who is Laftit?'], '');
    expect(one.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(JSON.parse(one.stdout)).toMatchObject({ question: 'Who is Laftit?', found: true, language: 'en' });
    const list = JSON.parse((await runNode('src/cli/ask.js', ['--json', '--articles'], '')).stdout);
    expect(list.map((a: { id: string }) => a.id)).toEqual([EN_SEED, FR_SEED]);
    expect(list[1]).toMatchObject({ language: 'fr', source: 'LR/MAP' });
    expect(list[0].paragraphs).toBeGreaterThan(10);
    const summary = JSON.parse((await runNode('src/cli/ask.js', ['--json', '--summary', 'maroc securite'], '')).stdout);
    expect(summary).toMatchObject({ found: true, article: FR_SEED, language: 'fr' });
    expect(summary.keySentences.length).toBeGreaterThan(0);
    expect(Object.keys(summary.entities).sort()).toEqual(['dates', 'figures', 'organizations', 'people', 'places']);
    const several = JSON.parse((await runNode('src/cli/ask.js', ['--json', '--summary', 'migration'], '')).stdout);
    expect(several).toMatchObject({ found: false, query: 'migration' });
    expect(several.candidates.map((c: { article: string }) => c.article).sort()).toEqual([EN_SEED, FR_SEED]);
  });

  it('reads one question per line whatever the line ending: a bare carriage return does not split a line', async () => {
    const run = await runNode(
      'src/cli/ask.js',
      ['--json'],
      'Who is Laftit?\r\nWho did\rCastaner meet?\nQui est Laftit ?',
    );
    const answers = run.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    // The carriage return inside the second line is a control character, read as a space.
    expect(answers.map((a) => a.question)).toEqual(['Who is Laftit?', 'Who did Castaner meet?', 'Qui est Laftit ?']);
  });

  it('names the option or value it does not accept, and what it accepts', async () => {
    const language = await runNode('src/cli/ask.js', ['--lang', 'xx', 'Who is Laftit?'], '');
    expect(language.code).toBe(2);
    expect(language.stderr).toMatch(/^--lang takes fr, en, both or auto, not “xx”\.\nUsage: /);
    const unknown = await runNode('src/cli/ask.js', ['--jsno'], '');
    expect(unknown.stderr).toMatch(/^Unknown option --jsno\.\nUsage: /);
    const missing = await runNode('src/cli/ask.js', ['--corpus'], '');
    expect(missing.stderr).toMatch(/^--corpus needs a value\.\nUsage: /);
  });

  it('ends quietly with status 0 when its reader goes away', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, [join(ROOT, 'dist/src/cli/ask.js'), '--json'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DATA_DIR: tempFolder() },
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    let read = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      read += chunk.length;
      // Like `| head -c 100`: take a little, then go away.
      if (read >= 100) child.stdout.destroy();
    });
    const questions = Array.from({ length: 3000 }, (_, i) => `Who did Castaner meet in Rabat? ${i}`).join('\n');
    child.stdin.on('error', () => undefined);
    child.stdin.end(questions);
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });
});
