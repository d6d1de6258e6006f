/**
 * The lines of a text stream, split at "\n" only: one input line is one question whatever its
 * ending ("\r\n" loses its "\r"; a bare "\r" inside a line stays in it, where readline would
 * split the line in two and shift every later answer by one). The last line needs no ending.
 */
export async function* linesOf(input: NodeJS.ReadableStream): AsyncGenerator<string> {
  input.setEncoding('utf8');
  // The line so far, in pieces: a line of megabytes is searched and joined once, not at every chunk.
  let pieces: string[] = [];
  for await (const chunk of input as AsyncIterable<string>) {
    let start = 0;
    for (let end = chunk.indexOf('\n'); end >= 0; end = chunk.indexOf('\n', start)) {
      pieces.push(chunk.slice(start, end));
      yield withoutCarriageReturn(pieces.join(''));
      pieces = [];
      start = end + 1;
    }
    if (start < chunk.length) pieces.push(chunk.slice(start));
  }
  if (pieces.length) yield withoutCarriageReturn(pieces.join(''));
}

function withoutCarriageReturn(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

/**
 * Writes to a stream and waits, when its buffer is full, until it drains: output to a slow reader
 * then holds back the reading of input instead of piling up in memory.
 */
export async function writeWithBackpressure(output: NodeJS.WritableStream, text: string): Promise<void> {
  if (output.write(text)) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      output.off('drain', done);
      output.off('close', done);
      resolve();
    };
    output.on('drain', done);
    output.on('close', done);
  });
}
