import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFromHtml } from '../../src/articles/html.js';
import { loadArticles } from '../../src/articles/loader.js';
import { Engine } from '../../src/engine.js';
import { ROOT, SEEDS, tempFolder } from '../helpers.js';

const PAGE = join(ROOT, 'tests/fixtures/news-page.html');

describe('a saved news page as an article', () => {
  it('keeps the headline as title, the body as paragraphs, the byline as source, and nothing else', () => {
    const article = articleFromHtml('dessalement', PAGE, readFileSync(PAGE, 'utf8'))!;
    expect(article.title).toBe('Casablanca : la station de dessalement entrera en service en 2027');
    expect(article.language).toBe('fr');
    expect(article.source).toBe('Samira Benali');
    expect(article.paragraphs.map((p) => p.text.slice(0, 40))).toEqual([
      'La future station de dessalement de Casa',
      "L'électricité nécessaire viendra d'un pa",
      'Les agriculteurs de la région de Doukkal',
    ]);
    const all = article.paragraphs.map((p) => p.text).join('\n');
    for (const noise of [
      'Accueil',
      'Publicité',
      'À lire aussi',
      'Enfin une bonne nouvelle',
      'Tous droits réservés',
      'analytics',
      'dataLayer',
    ]) {
      expect(all).not.toContain(noise);
    }
  });

  it('is read from the articles folder like a text file, and answers questions in either language', async () => {
    const folder = tempFolder('qa-html-');
    for (const file of ['000_8fec0fb06416156b.txt', '002_2fd8f9fd8175e2d1.txt'])
      copyFileSync(join(SEEDS, file), join(folder, file));
    copyFileSync(PAGE, join(folder, 'dessalement.html'));
    writeFileSync(join(folder, 'menu.html'), '<html><body><nav><a href="/">Home</a></nav></body></html>');
    const { articles, skipped } = await loadArticles(folder);
    expect(articles.map((a) => a.id)).toContain('dessalement');
    expect(skipped).toEqual([{ file: join(folder, 'menu.html'), reason: 'empty' }]);
    const engine = await Engine.fromFolder(folder);
    const answer = engine.ask('Where will the electricity for the desalination plant come from?');
    expect(answer.citations[0]).toMatchObject({ articleId: 'dessalement', paragraph: 2 });
    expect(engine.ask('Que demandent les agriculteurs ?').citations[0]).toMatchObject({
      articleId: 'dessalement',
      paragraph: 3,
    });
  });
});
