import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine.js';
import { expectedAnswerType } from '../../src/search/question/answer-type.js';
import { HARBOUR, testArticle } from '../helpers.js';

// The lead tells the event with the question's words; a later paragraph gives the winner's words.
const festival = testArticle(
  'festival',
  'Film festival ends with a surprise winner',
  'en',
  'CANNES, May 24 — Director Lina Varga won the top prize when the film festival ended on Saturday.',
  'The jury met for two days before the prize was announced in the evening.',
  '“This prize belongs to everyone who worked on the film,” Varga said, and thanked her family.',
);

describe('a question that asks what someone said', () => {
  it('is read as asking for their words, in either language, before a "when" in it', () => {
    expect(expectedAnswerType('what did Lagarde say about future cuts back in June 2024?')).toBe('speech');
    expect(expectedAnswerType('What did Varga say when she won the prize?')).toBe('speech');
    expect(expectedAnswerType("Qu'a déclaré le ministre ?")).toBe('speech');
    expect(expectedAnswerType('tu sais ce que Legault a dit après la partielle ?')).toBe('speech');
    expect(expectedAnswerType('Comment Legault a-t-il expliqué la défaite ?')).toBe('speech');
    expect(expectedAnswerType('When did Varga win the prize?')).toBe('date');
  });

  it('is answered by the paragraph that quotes them rather than the one that tells the event', () => {
    const answer = Engine.fromArticles([festival, HARBOUR]).ask('What did Varga say when she won the prize?');
    expect(answer.found).toBe(true);
    expect(answer.citations[0]).toMatchObject({ articleId: 'festival', paragraph: 3 });
  });
});
