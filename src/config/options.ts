/** An option no defaults object knows: a typo in a name would otherwise be ignored without a word. */
export class UnknownOptionError extends Error {
  constructor(
    readonly option: string,
    readonly of: string,
    known: readonly string[],
  ) {
    super(`Unknown ${of} option "${option}"; the known ones are: ${known.join(', ')}`);
    this.name = 'UnknownOptionError';
  }
}

/** Throws UnknownOptionError for the first key of `given` that is not among `known` (as MiniSearch does). */
export function rejectUnknownOptions(given: object | undefined, known: readonly string[], of: string): void {
  for (const key of Object.keys(given ?? {})) if (!known.includes(key)) throw new UnknownOptionError(key, of, known);
}
