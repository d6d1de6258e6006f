/** An Int32Array that grows as values are pushed: millions of numbers without millions of boxes. */
export class IntBuffer {
  private data: Int32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Int32Array(capacity);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  at(index: number): number {
    return this.data[index]!;
  }

  /** The values pushed, in an array of exactly their number. */
  toInt32Array(): Int32Array {
    return this.data.slice(0, this.length);
  }
}
