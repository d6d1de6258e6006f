/**
 * Whether one edit turns `a` into `b`: a letter added, dropped or replaced, or two neighbouring
 * letters swapped. Equal words are not one edit apart. Linear in the words' length.
 */
export function isOneEditApart(a: string, b: string): boolean {
  if (a.length < b.length) [a, b] = [b, a];
  if (a.length - b.length > 1) return false;
  let i = 0;
  while (i < b.length && a[i] === b[i]) i++;
  if (a.length !== b.length) return a.slice(i + 1) === b.slice(i);
  if (i === a.length) return false;
  // Replaced: the rest agrees after this letter. Swapped: the next two letters are crossed.
  return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
}
