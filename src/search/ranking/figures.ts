/**
 * The figures a question names ("in 2022", "the 49.3", "10 ans") and whether a passage meets
 * them: written in digits in every language, so read the same way for each.
 */

/** A run of digits, with the separators figures are written with inside it ("6,6", "49.3"). */
const FIGURE = /\d+(?:[.,\u00a0\u202f]\d+)*/gu;
/** A figure that reads as a year: four digits from 1500 to 2099. */
const YEAR = /^(?:1[5-9]|20)\d\d$/;

/** The figures of a question (or the years of an article), each once as its digits alone ("19,5" and "19.5" are "195"). */
export interface AskedFigures {
  readonly years: readonly string[];
  readonly others: readonly string[];
}

export function askedFigures(text: string): AskedFigures {
  const figures = [...new Set(digitsOf(text))];
  return { years: figures.filter((f) => YEAR.test(f)), others: figures.filter((f) => !YEAR.test(f)) };
}

function digitsOf(text: string): string[] {
  return (text.match(FIGURE) ?? []).map((figure) => figure.replace(/\D/gu, ''));
}

/** How a passage meets the figures a question names. Each is 0 when the question names none. */
export interface FiguresMet {
  /** Share of the question's figures (years and others) that the passage holds. */
  readonly met: number;
  /** 1 when the question names a year and the passage names other years but not it: another year's figure. */
  readonly otherYear: number;
}

const NONE_ASKED: FiguresMet = { met: 0, otherYear: 0 };

/** `passage` is asked for only when the question names a figure: a passage's text may cost a decoding to read. */
export function figuresMet(asked: AskedFigures, passage: () => string): FiguresMet {
  const count = asked.years.length + asked.others.length;
  if (count === 0) return NONE_ASKED;
  const held = new Set(digitsOf(passage()));
  const yearsHeld = asked.years.filter((year) => held.has(year)).length;
  const othersHeld = asked.others.filter((figure) => held.has(figure)).length;
  const namesOtherYears = [...held].some((figure) => YEAR.test(figure));
  return {
    met: (yearsHeld + othersHeld) / count,
    otherYear: asked.years.length > 0 && yearsHeld === 0 && namesOtherYears ? 1 : 0,
  };
}
