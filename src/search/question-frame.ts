import { fold } from '../text/normalize.js';
import type { Token } from '../text/tokenize.js';

/**
 * What a question's wording says beyond its words: which of them are names, which noun names
 * the kind of answer, and which word is precisely what it asks about.
 */
export interface QuestionFrame {
  /** Folded words written with a capital inside the question: likely names. */
  readonly names: ReadonlySet<string>;
  /**
   * In a question typed all in lower case, folded words right after "in", "of", "en", "de l'"…:
   * places, when no article holds them ("migrants in italy").
   */
  readonly places: ReadonlySet<string>;
  /**
   * Position of the noun that names the kind of answer, or -1: right after "quel"/"which"
   * ("Quel animal…", "Which country…") or "what is the"/"quel est le" ("Quel est l'âge…").
   */
  readonly category: number;
  /**
   * Position of the attribute asked for, or -1: the noun before "of"/"de" in "What is the salary
   * of…", "Who is the king of…" (never a frame noun such as "name").
   */
  readonly attribute: number;
  /** The folded word after "about", "sur", "au sujet de"…, if any (never a frame noun). */
  readonly topic?: string;
}

/** Reads a question's frame. `tokens` are the question's words as `tokenize` gives them. */
export function readQuestionFrame(question: string, tokens: readonly Token[]): QuestionFrame {
  const folded = fold(question);
  const topic = ABOUT.exec(folded)?.[1];
  return {
    names: namesIn(question),
    places: placesInLowerCase(question),
    ...focusOf(folded, tokens),
    ...(topic !== undefined && !FRAME_NOUNS.has(topic) ? { topic } : {}),
  };
}

/**
 * Capitalised words that qualify a name rather than name something ("Western Sahara", "North
 * Africa"): an article that says "Sahara" is about the place all the same.
 */
const NAME_QUALIFIERS = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'greater', 'new', 'old',
  'nord', 'sud', 'est', 'ouest', 'occidental', 'occidentale', 'oriental', 'orientale', 'septentrional', 'meridional', 'haut', 'haute', 'bas', 'basse', 'grand', 'grande', 'nouveau', 'nouvelle',
]);

/** Folded words written with a capital inside the question (not its first word): likely names. */
function namesIn(question: string): Set<string> {
  const names = new Set<string>();
  for (const match of question.matchAll(/(?<=[\p{L}\p{N},;:'’)]\s+|[-'’])\p{Lu}[\p{L}\p{N}]*/gu)) {
    const name = fold(match[0]);
    if (!NAME_QUALIFIERS.has(name)) names.add(name);
  }
  return names;
}

/**
 * A question typed all in lower case has no capitals to tell its names by. There, a word right
 * after "in", "of", "en", "de l'"… with no other article between reads as a place ("migrants in
 * italy", "le président de l'algérie"). Returns such words, folded: the caller takes them for
 * names only when no article holds them.
 */
function placesInLowerCase(question: string): Set<string> {
  const places = new Set<string>();
  const text = question.normalize('NFC');
  if (text !== text.toLowerCase()) return places;
  for (const match of text.matchAll(/(?<![\p{L}'’])(?:in|from|to|at|of|en|à|au|aux|de|du|des|vers|depuis)\s+(?:l(?:['’]|\s+))?(\p{L}+)/gu)) {
    const word = fold(match[1]!);
    if (!NAME_QUALIFIERS.has(word) && !PLACE_PHRASES.has(word)) places.add(word);
  }
  return places;
}

/** Words that follow "in", "en", "à"… in set phrases, not places: "in order", "en outre", "à propos". */
const PLACE_PHRASES = new Set([
  'order', 'addition', 'terms', 'particular', 'general', 'fact', 'total', 'front', 'favour', 'favor', 'charge', 'response', 'return',
  'effet', 'outre', 'particulier', 'fait', 'plus', 'moins', 'propos', 'partir', 'cause', 'travers', 'raison', 'vue', 'faveur',
  'matiere', 'cours', 'tant', 'face', 'lieu', 'savoir',
]);

const WHICH = new Set(['quel', 'quelle', 'quels', 'quelles', 'which', 'what', 'lequel', 'laquelle']);
/**
 * Nouns that frame a question rather than name what it asks about ("What is the name of…", "Quel
 * est le rôle de…"): the answer seldom repeats them, so their absence from every article says nothing.
 */
const FRAME_NOUNS = new Set([
  'name', 'names', 'role', 'reason', 'reasons', 'purpose', 'goal', 'goals', 'aim', 'cause', 'causes', 'result', 'results', 'outcome',
  'consequence', 'consequences', 'effect', 'effects', 'type', 'kind', 'sort', 'title', 'meaning', 'subject', 'topic', 'theme', 'term',
  'terms', 'definition', 'difference', 'relationship', 'link', 'point', 'idea', 'event', 'thing', 'things', 'example', 'way', 'means',
  'method', 'main', 'first', 'last', 'other', 'best', 'current',
  'nom', 'noms', 'raison', 'raisons', 'but', 'buts', 'objectif', 'objectifs', 'resultat', 'resultats', 'effet', 'effets',
  'sorte', 'genre', 'titre', 'sens', 'signification', 'sujet', 'sujets', 'terme', 'termes', 'relation', 'lien',
  'idee', 'evenement', 'chose', 'choses', 'exemple', 'facon', 'maniere', 'moyen', 'moyens', 'methode', 'principal', 'principale',
  'premier', 'premiere', 'dernier', 'derniere', 'autre', 'meilleur', 'meilleure', 'actuel', 'actuelle',
]);

/** Whether a folded word frames questions ("name", "rôle") rather than says what they are about. */
export function isFrameNoun(word: string): boolean {
  return FRAME_NOUNS.has(word);
}

/** "about football", "sur le football", "au sujet de l'Algérie": the word after it is what the question is about. */
const ABOUT = /\b(?:about |regarding |concerning |concernant |sur |au sujet d(?:e |u |es |')|a propos d(?:e |u |es |'))(?:the |an? |les? |la |une? |l')?(\p{L}+)/u;

/**
 * "Who is X?", "Qui est X ?", "c'est qui X", "who's X": one to four words follow, the first not
 * a lower-case article ("Who is the king of Spain?" asks for the king, not who someone is; "Le
 * Drian" is a name).
 */
const WHO_IS = /^\s*(?:[Ww]ho(?: is|'s|’s| was)|[Qq]ui (?:est|était|etait)(?:-ce)?|[Cc]['’]est qui) (?!(?:the|an?|les?|la|une?|l['’]|ce|cet|cette)\b)[\p{L}'’-]+(?: [\p{L}'’-]+){0,3}\s*[?!.]*\s*$/u;
/** Whether a question asks who someone is: "Who is Laftit?", "Qui est Bruno Retailleau ?", "c'est qui castaner". */
export function asksWhoSomeoneIs(question: string): boolean {
  return WHO_IS.test(question.normalize('NFC'));
}

/** "what is the", "quel est l'", "who is the": the noun after it names what is asked for. */
const ASKS_FOR = /\b(quel(?:le)?s?|what|which|who|qui) (?:is|was|are|were|est|etait|sont|etaient|fut) (?:the |an? |les? |la |une? |l')(\p{L}+)( (?:of|de|du|des) |d')?/u;

function focusOf(folded: string, words: readonly Token[]): { category: number; attribute: number } {
  const asked = ASKS_FOR.exec(folded);
  if (asked) {
    const position = words.find((w) => w.word === asked[2])?.position ?? -1;
    const byKind = asked[1] !== 'who' && asked[1] !== 'qui';
    const attribute = asked[3] !== undefined && !FRAME_NOUNS.has(asked[2]!) ? position : -1;
    return { category: byKind ? position : -1, attribute };
  }
  for (let i = 0; i + 1 < words.length; i++) {
    if (WHICH.has(words[i]!.word)) return { category: words[i + 1]!.position, attribute: -1 };
  }
  return { category: -1, attribute: -1 };
}
