/** Where a polling loop says that its rounds fail, and that they work again. */
export interface PollingLog {
  log(message: string): void;
  warn(message: string): void;
}

export interface PollingLoopOptions {
  /** The wait after one round ends before the next begins. */
  readonly intervalMs: number;
  /** One round of the work; its failure is said once until a round succeeds again. */
  readonly round: () => Promise<void>;
  readonly log: PollingLog;
  /** "Cannot read the outbox": said, with the error's message, when rounds start failing. */
  readonly failing: string;
  /** "The outbox can be read again": said when a round succeeds after failing ones. */
  readonly recovered: string;
}

/**
 * The schedule of a background worker that polls the database: a round at start, then one `intervalMs`
 * after each ends (never two at once), a failure said once rather than at every poll while the database is
 * down, and a stop that waits for the round in flight — called before the data source closes.
 */
export class PollingLoop {
  private timer: NodeJS.Timeout | undefined;
  private inFlight: Promise<void> | undefined;
  private stopped = false;
  private failed = false;
  private endFirstRound: () => void = () => undefined;
  /** Resolves once the first round has ended, however it went, or the loop stopped before running one. */
  readonly firstRound: Promise<void> = new Promise((resolve) => {
    this.endFirstRound = resolve;
  });

  constructor(private readonly options: PollingLoopOptions) {}

  /** Runs the first round at once. */
  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** True once `stop` was called: a round that loops over many items ends early. */
  get stopping(): boolean {
    return this.stopped;
  }

  /** No more rounds; resolves when the one in flight (if any) has ended. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    await this.idle();
    this.endFirstRound();
  }

  /** Resolves when the current round (if one is running) has ended. */
  async idle(): Promise<void> {
    await this.inFlight;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      const run = this.runRound();
      this.inFlight = run;
      void run.finally(() => {
        this.endFirstRound();
        if (this.inFlight === run) this.inFlight = undefined;
        this.schedule(this.options.intervalMs);
      });
    }, delayMs);
    this.timer.unref();
  }

  private async runRound(): Promise<void> {
    const { round, log, failing, recovered } = this.options;
    try {
      await round();
      if (this.failed) log.log(recovered);
      this.failed = false;
    } catch (error: unknown) {
      if (!this.failed) log.warn(`${failing}: ${error instanceof Error ? error.message : String(error)}`);
      this.failed = true;
    }
  }
}
