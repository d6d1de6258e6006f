// What each language's data must make the mechanisms do, one example per mechanism: the test
// data a language brings with its module (see languages.test.ts).
import type { AnswerType } from '../../src/language/language-data.js';

export interface LanguageExamples {
  /** A question that detection must tell as the language, with no help from the articles. */
  readonly detected: string;
  readonly stopword: string;
  readonly contentWord: string;
  /** Two forms of one word, which stem alike. */
  readonly sameStem: readonly [string, string];
  /** A folded inflected word and the lemma the suffix rules give it, when the vocabulary knows that lemma. */
  readonly lemma: { readonly inflected: string; readonly lemma: string };
  /** A written word with an elision or a possessive, and the word it stands for. */
  readonly clitic: { readonly raw: string; readonly word: string };
  /** A slip in an interrogative, and the question mended. */
  readonly slip: { readonly typed: string; readonly mended: string };
  /** Questions with a word that only frames them, which goes. */
  readonly framed: readonly { readonly question: string; readonly dropped: string }[];
  readonly answerTypes: readonly (readonly [question: string, type: AnswerType])[];
  /** A question whose word after "which" names the kind of answer. */
  readonly category: { readonly question: string; readonly word: string };
  /** A question that says what it is about. */
  readonly topic: { readonly question: string; readonly word: string };
  readonly whoIs: { readonly asks: string; readonly asksNot: string };
  /** A question about a birth, a passage that names it and one that does not. */
  readonly lifeEvent: { readonly question: string; readonly names: string; readonly namesNot: string };
  /** A question about what is to come, and a passage that speaks of it. */
  readonly future: { readonly question: string; readonly told: string };
  /** A sentence dated by a month written in words, without a figure. */
  readonly dated: string;
  /** A sentence that counts with a number word, and one whose number word only names a known pair. */
  readonly counted: { readonly counts: string; readonly countsNot: string };
  /** A text with an abbreviation's period inside a sentence, and how many sentences it has. */
  readonly abbreviation: { readonly text: string; readonly sentences: number };
  readonly person: { readonly text: string; readonly name: string };
  readonly place: { readonly text: string; readonly name: string };
  readonly organization: { readonly text: string; readonly name: string };
  /** A line that only asks for help. */
  readonly help: string;
}

export const EXAMPLES: Record<'en' | 'fr', LanguageExamples> = {
  en: {
    detected: 'What did the minister say about the border?',
    stopword: 'the',
    contentWord: 'border',
    sameStem: ['ministers', 'minister'],
    lemma: { inflected: 'stopped', lemma: 'stop' },
    clitic: { raw: "Spain's", word: 'spain' },
    slip: { typed: 'wich country campaigned?', mended: 'which country campaigned?' },
    framed: [{ question: 'Where did the conference take place?', dropped: 'place' }, { question: 'What role did Spain play?', dropped: 'play' }],
    answerTypes: [['How old is the king?', 'age'], ['How many migrants arrived?', 'number'], ['When did he arrive?', 'date'], ['Where is the office?', 'place'], ['Who signed it?', 'name']],
    category: { question: 'Which country signed it?', word: 'country' },
    topic: { question: 'Tell me about the railway', word: 'railway' },
    whoIs: { asks: 'Who is Abdelouafi Laftit?', asksNot: 'Who is the king of Spain?' },
    lifeEvent: { question: 'Where was Laftit born?', names: 'Laftit was born in Tangier.', namesNot: 'Laftit spoke in Rabat.' },
    future: { question: 'When is the next meeting?', told: 'The meeting will be held in May.' },
    dated: 'The meeting was held in October.',
    counted: { counts: 'Three ministers came.', countsNot: 'The two countries spoke.' },
    abbreviation: { text: 'Mr. Smith spoke. He left.', sentences: 2 },
    person: { text: 'Yesterday, Mr. John Smith spoke.', name: 'John Smith' },
    place: { text: 'They travelled to Morocco.', name: 'Morocco' },
    organization: { text: 'The International Organization for Migration (IOM) met.', name: 'International Organization for Migration (IOM)' },
    help: 'help',
  },
  fr: {
    detected: 'Qu’a dit le ministre sur la frontière ?',
    stopword: 'les',
    contentWord: 'frontiere',
    sameStem: ['coopérations', 'coopération'],
    lemma: { inflected: 'agriculteurs', lemma: 'agriculteur' },
    clitic: { raw: "l'Intérieur", word: 'interieur' },
    slip: { typed: 'Cmobien de réseaux ?', mended: 'combien de réseaux ?' },
    framed: [{ question: 'Quand a eu lieu la réunion ?', dropped: 'lieu' }, { question: "Quel rôle a joué l'Espagne ?", dropped: 'joue' }],
    answerTypes: [['Quel âge a le roi ?', 'age'], ['Combien de migrants sont arrivés ?', 'number'], ['Quand est-il arrivé ?', 'date'], ['Où est le bureau ?', 'place'], ['Qui a signé ?', 'name']],
    category: { question: 'Quel pays a signé ?', word: 'pays' },
    topic: { question: 'Parle-moi du projet au sujet de la ligne', word: 'ligne' },
    whoIs: { asks: 'Qui est Bruno Retailleau ?', asksNot: "Qui est le roi d'Espagne ?" },
    lifeEvent: { question: 'Où est né Laftit ?', names: 'Laftit est né à Tanger.', namesNot: 'Laftit a parlé à Rabat.' },
    future: { question: 'Quand aura lieu la prochaine réunion ?', told: 'La réunion se tiendra en mai.' },
    dated: 'La réunion a eu lieu en octobre.',
    counted: { counts: 'Trois ministres sont venus.', countsNot: 'Les deux pays ont parlé.' },
    abbreviation: { text: 'M. Laftit a parlé. Il est parti.', sentences: 2 },
    person: { text: 'Hier, Mme Élisabeth Borne a parlé.', name: 'Élisabeth Borne' },
    place: { text: 'Ils sont allés au Maroc.', name: 'Maroc' },
    organization: { text: 'Hier, le Conseil de Sécurité a voté.', name: 'Conseil de Sécurité' },
    help: 'aide ?',
  },
};
