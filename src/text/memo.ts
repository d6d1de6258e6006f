/**
 * A memo for pure functions of a word. Text analysis sees the same few thousand words again and
 * again (Zipf), so remembering them makes indexing several times faster. It is emptied when full,
 * so questions full of made-up words cannot make it grow without end.
 */
export function memoize<V>(compute: (key: string) => V, capacity = 200_000): (key: string) => V {
  const memo = new Map<string, V>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined && !memo.has(key)) {
      if (memo.size >= capacity) memo.clear();
      value = compute(key);
      memo.set(key, value);
    }
    return value as V;
  };
}
