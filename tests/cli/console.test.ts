import { describe, expect, it } from 'vitest';
import { runNode } from './run.js';

describe('npm start without a Discord token', () => {
  it('says Discord is not configured, then answers questions and commands typed on stdin', async () => {
    const input = [
      'Who did Castaner meet in Rabat?',
      'help',
      'aide',
      '/articles',
      '/summary maroc',
      '/lang fr',
      '/ask Who inaugurated the flagship project?',
      '/nope',
      '/quit',
      'never read',
    ].join('\n');
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

describe('the console, as a person uses it', () => {
  it('asks which article when a summary request names none or several, and says which languages /lang takes', async () => {
    const input = ['/summary', '/summary migration', '/summary maroc securite', '/lang xx', '/lang fr'].join('\n');
    const run = await runNode('src/main.js', [], input);
    const out = run.stdout;
    expect(out).toMatch(/\nSay which article: its id or part of its title\. The articles are: /);
    expect(out).toMatch(
      /\n\nSeveral articles match “migration”: .*000_8fec0fb06416156b.*002_2fd8f9fd8175e2d1.*Which one\?/,
    );
    expect(out).toContain('Résumé de « Le Maroc et la France');
    expect(out).toContain('\n\nUnknown language “xx”: type /lang fr, en, both or auto.\n\n');
    expect(out.trimEnd().endsWith('Langue des réponses : français.')).toBe(true);
  });

  it('never writes to the terminal a control character, escape sequence or bidirectional override that came in', async () => {
    // Every C0 and C1 control, ESC sequences of each kind, and the bidirectional controls, in
    // questions, commands, /summary titles and /lang values.
    const nasty = [
      ...Array.from({ length: 32 }, (_, c) => String.fromCharCode(c)).filter((c) => c !== '\n'),
      '\u007f',
      '\u0085',
      '\u009b',
      '\u001b]0;pwned\u0007',
      '\u001b[2J',
      '\u001b[31m',
      '\u001bP1;2q\u001b\\',
      '\u202e',
      '\u2066',
      '\u2069',
      '\u202a',
    ];
    const lines = nasty.flatMap((bad) => [
      `Who${bad} is Laftit?`,
      `/${bad}x`,
      `/summary ${bad}maroc`,
      `/summary zz${bad}qq`,
      `/lang ${bad}`,
      `/ask ${bad}`,
    ]);
    const run = await runNode('src/main.js', [], lines.join('\n'));
    expect(run.code).toBe(0);
    // eslint-disable-next-line no-control-regex
    expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(run.stdout).toContain('Abdelouafi Laftit');
  });
});
