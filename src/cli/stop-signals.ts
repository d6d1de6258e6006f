/** What a stop signal does at one moment of the run. */
export type StopHandler = (signal: NodeJS.Signals) => void;

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/**
 * SIGINT and SIGTERM, listened to from the first moment of a start to the end of the process, by
 * one listener that calls whatever stop is current. A signal that arrives while this thread is
 * busy (indexing, writing the snapshot) is delivered once it is free: a listener removed by then,
 * even for another added at once, loses it and the process goes on running. With no listener at
 * all, Node's default kills the process with status 143, perhaps halfway through writing a file.
 */
export class StopSignals {
  constructor(private current: StopHandler) {
    for (const signal of SIGNALS) process.on(signal, (received) => this.current(received));
  }

  /** What a signal does from now on. */
  set(handler: StopHandler): void {
    this.current = handler;
  }
}
