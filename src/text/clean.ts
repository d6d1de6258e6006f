/**
 * What a question may carry that no reader sees and no article holds: terminal escape sequences
 * (ANSI colours, window titles), control characters, zero-width characters and joiners, the soft
 * hyphen, the byte-order mark and bidirectional overrides.
 */
// oxlint-disable-next-line no-control-regex -- control characters are what this removes
const ESCAPE_SEQUENCES = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-Z\\-_])/g;
// oxlint-disable-next-line no-control-regex -- control characters are what this removes
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/**
 * A question as a reader sees it: escape sequences and invisible characters removed (a control
 * character that separates words becomes a space), and compatibility forms read as plain letters
 * (NFKC: fullwidth "Ｃａｓｔａｎｅｒ" is "Castaner", the ligature "ﬁ" is "fi").
 */
export function cleanQuestion(text: string): string {
  return (
    text
      .replace(ESCAPE_SEQUENCES, ' ')
      // oxlint-disable-next-line no-control-regex -- control characters are what this removes
      .replace(/[\t\n\r\u000b\u000c]/g, ' ')
      .replace(INVISIBLE, '')
      .normalize('NFKC')
      .replace(/ {2,}/g, ' ')
  );
}
