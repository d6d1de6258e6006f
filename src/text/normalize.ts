/**
 * Folding that makes "Sécurité", "securite" and "SÉCURITÉ" the same word:
 * lower case, no combining accents, straight apostrophes, ligatures spelled out.
 */
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const APOSTROPHES = /[\u2018\u2019\u02bc\u2032\u00b4`]/g;
/** Text that folding would leave as it is: lower-case ASCII, no back-quote. */
const ALREADY_FOLDED = /^[\0-@[-_a-\x7f]*$/;

function foldApostrophes(text: string): string {
  return text.replace(APOSTROPHES, "'");
}

export function fold(text: string): string {
  // Most words of most texts are plain ASCII; skipping NFD for them makes indexing several times faster.
  if (ALREADY_FOLDED.test(text)) return text;
  return foldApostrophes(text)
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(COMBINING_MARKS, '');
}
