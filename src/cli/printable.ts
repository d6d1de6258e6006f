/**
 * Characters that must not reach a terminal from input or from a file name: control characters
 * other than newline and tab (ESC starts escape sequences that retitle the window, clear it or
 * move the cursor) and the bidirectional overrides and isolates, which reorder what is shown.
 */
const UNPRINTABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every character that could act on a terminal shown as "?". */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, '?');
}
