import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine.js';
import { cleanQuestion } from '../../src/text/clean.js';
import { SEEDS } from '../helpers.js';

describe('a question as a reader sees it', () => {
  it('loses escape sequences, control and invisible characters, and reads fullwidth letters as plain ones', () => {
    expect(cleanQuestion('\u001b[31mWho\u001b[0m did \u001b]0;pwned\u0007Castaner meet?')).toBe(
      ' Who did Castaner meet?',
    );
    expect(cleanQuestion('Cas\u00adta\u200bner\u202e\ufeff a\u0007 rencontré qui ?')).toBe(
      'Castaner a rencontré qui ?',
    );
    expect(cleanQuestion('Ｗｈｏ ｄｉｄ Ｃａｓｔａｎｅｒ ｍｅｅｔ？')).toBe('Who did Castaner meet?');
    expect(cleanQuestion('line one\r\nline two\ttab')).toBe('line one line two tab');
  });

  it('gets the answer the plain question gets', async () => {
    const engine = await Engine.fromFolder(SEEDS);
    const plain = engine.ask('How many criminal networks were dismantled?');
    const dressed = engine.ask('\u001b[1mHow\u001b[0m many cri\u00admi\u200bnal networks were dis\u2060mantled？');
    expect(dressed.citations.map((c) => c.paragraph)).toEqual(plain.citations.map((c) => c.paragraph));
    expect(dressed.found).toBe(true);
  });
});
