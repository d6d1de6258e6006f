/**
 * Whether one edit turns `a` into `b`: a letter added, dropped or replaced, or two neighbouring
 * letters swapped. Equal words are not one edit apart. Linear in the words' length, and it
 * allocates nothing: it runs on every near neighbour of a misspelled word.
 */
export function isOneEditApart(a: string, b: string): boolean {
  if (a.length < b.length) [a, b] = [b, a];
  const gap = a.length - b.length;
  if (gap > 1) return false;
  let i = 0;
  while (i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (gap === 1) return sameFrom(a, i + 1, b, i);
  if (i === a.length) return false;
  // Replaced: the rest agrees after this letter. Swapped: the next two letters are crossed.
  if (sameFrom(a, i + 1, b, i + 1)) return true;
  return (
    i + 1 < a.length &&
    a.charCodeAt(i) === b.charCodeAt(i + 1) &&
    a.charCodeAt(i + 1) === b.charCodeAt(i) &&
    sameFrom(a, i + 2, b, i + 2)
  );
}

/** Whether `a` from `i` on and `b` from `j` on are the same letters. */
function sameFrom(a: string, i: number, b: string, j: number): boolean {
  if (a.length - i !== b.length - j) return false;
  for (; i < a.length; i++, j++) if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
  return true;
}
