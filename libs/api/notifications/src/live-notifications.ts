/** Returned by a step to end the stream (the subscriber's session has ended). */
export const END_OF_STREAM = Symbol('end of stream');

/**
 * An async iterator that takes events from `source`, turns each into a value with `step` (undefined skips
 * it; END_OF_STREAM ends the stream), one event at a time. Not an async generator: `return()` must reach the
 * source at once, even while a `next()` is waiting for an event, so the source unsubscribes when the client
 * stops (an async generator would wait for the next event first).
 */
export class FilteredStream<S, T> implements AsyncIterableIterator<T> {
  private done = false;

  constructor(
    private readonly source: AsyncIterator<S>,
    private readonly step: (event: S) => Promise<T | undefined | typeof END_OF_STREAM>,
  ) {}

  async next(): Promise<IteratorResult<T>> {
    while (!this.done) {
      const event = await this.source.next();
      if (event.done === true || this.done) break;
      const value = await this.step(event.value);
      if (value === END_OF_STREAM) break;
      if (value !== undefined && !this.done) return { value, done: false };
    }
    return this.return();
  }

  async return(): Promise<IteratorResult<T>> {
    if (!this.done) {
      this.done = true;
      await this.source.return?.();
    }
    return { value: undefined, done: true };
  }

  async throw(error?: unknown): Promise<IteratorResult<T>> {
    await this.return();
    throw error;
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }
}
