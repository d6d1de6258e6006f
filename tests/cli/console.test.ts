import { describe, expect, it } from 'vitest';
import { runNode } from './run.js';

describe('npm start without a Discord token', () => {
  it('says Discord is not configured, then answers questions and commands typed on stdin', async () => {
    const input = ['Who did Castaner meet in Rabat?', 'help', 'aide', '/articles', '/summary maroc', '/lang fr', '/ask Who inaugurated the flagship project?', '/nope', '/quit', 'never read'].join('\n');
    const run = await runNode('src/main.js', [], input);
    expect(run.code).toBe(0);
    const [first, ...rest] = run.stdout.split('\n');
    expect(first).toMatch(/Discord is not configured/);
    const out = rest.join('\n');
    expect(out).toContain('Abdelouafi Laftit');
    expect(out).toContain('Commands: /ask QUESTION');
    expect(out).toContain('Commandes : /ask QUESTION');
    expect(out).toContain('2 articles');
    expect(out).toContain('Résumé de « Le Maroc et la France');
    expect(out).toContain('Langue des réponses : français.');
    expect(out).toContain('Voici ce que disent les articles');
    expect(out).toContain('Commande inconnue /nope');
    expect(out).not.toContain('never read');
  });
});
