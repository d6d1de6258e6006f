/**
 * Characters that must not reach a terminal from input or from a file name: control characters
 * other than newline and tab (ESC starts escape sequences that retitle the window, clear it or
 * move the cursor) and the bidirectional overrides and isolates, which reorder what is shown.
 */
// oxlint-disable-next-line no-control-regex -- control characters are what this removes
const UNPRINTABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every character that could act on a terminal shown as "?". */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, '?');
}

/**
 * Marks for the answering sentence, from the private use area, which neither `printable` nor
 * text analysis touches: `onTerminal` turns them into bold, or drops them.
 */
export const BOLD_MARKS = { open: '\ue000', close: '\ue001' } as const;

/** Whether output to this stream may carry bold: a terminal, and NO_COLOR not set (https://no-color.org). */
export function mayStyle(stream: NodeJS.WritableStream, env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean((stream as { isTTY?: boolean }).isTTY) && !env.NO_COLOR;
}

/** Printable text with BOLD_MARKS as bold (SGR 1 and 22) when `style`, or removed. */
export function onTerminal(text: string, style: boolean): string {
  const safe = printable(text);
  return style
    ? safe.replaceAll(BOLD_MARKS.open, '\u001b[1m').replaceAll(BOLD_MARKS.close, '\u001b[22m')
    : safe.replace(/[\ue000\ue001]/g, '');
}
