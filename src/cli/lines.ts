/**
 * The lines of a text stream, split at "\n" only: one input line is one question whatever its
 * ending ("\r\n" loses its "\r"; a bare "\r" inside a line stays in it, where readline would
 * split the line in two and shift every later answer by one). The last line needs no ending.
 */
export async function* linesOf(input: NodeJS.ReadableStream): AsyncGenerator<string> {
  input.setEncoding('utf8');
  let pending = '';
  for await (const chunk of input as AsyncIterable<string>) {
    pending += chunk;
    let end = pending.indexOf('\n');
    let start = 0;
    while (end >= 0) {
      yield withoutCarriageReturn(pending.slice(start, end));
      start = end + 1;
      end = pending.indexOf('\n', start);
    }
    pending = pending.slice(start);
  }
  if (pending) yield withoutCarriageReturn(pending);
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
