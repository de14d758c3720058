import { PollingLoop, type PollingLog } from './polling-loop.js';

class RecordingLog implements PollingLog {
  readonly lines: string[] = [];
  log(message: string): void {
    this.lines.push(`log: ${message}`);
  }
  warn(message: string): void {
    this.lines.push(`warn: ${message}`);
  }
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

const loopWith = (log: PollingLog, round: () => Promise<void>) =>
  new PollingLoop({ intervalMs: 1, round, log, failing: 'Cannot do the work', recovered: 'The work can be done again' });

describe('a polling loop', () => {
  it('says a failure once while rounds keep failing, and once that they work again', async () => {
    const log = new RecordingLog();
    const outcomes = ['fail', 'fail', 'fail', 'ok', 'ok', 'fail', 'ok'];
    const done = deferred();
    let rounds = 0;
    const loop = loopWith(log, async () => {
      const outcome = outcomes[rounds];
      rounds += 1;
      if (rounds === outcomes.length) done.resolve();
      if (outcome === 'fail') throw new Error(`database down (round ${rounds})`);
    });
    loop.start();
    await done.promise;
    await loop.stop();
    expect(log.lines).toEqual([
      'warn: Cannot do the work: database down (round 1)',
      'log: The work can be done again',
      'warn: Cannot do the work: database down (round 6)',
      'log: The work can be done again',
    ]);
  });

  it('never runs two rounds at once, and stops only when the round in flight has ended', async () => {
    const log = new RecordingLog();
    const started = deferred();
    const release = deferred();
    let running = 0;
    let mostAtOnce = 0;
    let rounds = 0;
    const loop = loopWith(log, async () => {
      rounds += 1;
      running += 1;
      mostAtOnce = Math.max(mostAtOnce, running);
      if (rounds === 3) {
        started.resolve();
        await release.promise;
      }
      running -= 1;
    });
    loop.start();
    await started.promise;

    let stopped = false;
    const stopping = loop.stop().then(() => {
      stopped = true;
    });
    expect(loop.stopping).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(stopped).toBe(false);
    release.resolve();
    await stopping;
    expect(stopped).toBe(true);

    // No round after the stop.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect({ rounds, mostAtOnce, lines: log.lines }).toEqual({ rounds: 3, mostAtOnce: 1, lines: [] });
  });

  it('says when its first round has ended, however it went, and not before', async () => {
    for (const outcome of ['ok', 'fail']) {
      const log = new RecordingLog();
      const release = deferred();
      const loop = loopWith(log, async () => {
        await release.promise;
        log.log('round ended');
        if (outcome === 'fail') throw new Error('database down');
      });
      let firstRoundEnded = false;
      void loop.firstRound.then(() => {
        firstRoundEnded = true;
      });
      loop.start();
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(firstRoundEnded).toBe(false);
      release.resolve();
      await loop.firstRound;
      expect(log.lines[0]).toBe('log: round ended');
      await loop.stop();
    }
  });

  it('does not keep anyone waiting for a first round when it stops before running one', async () => {
    const loop = loopWith(new RecordingLog(), async () => undefined);
    await loop.stop();
    await expect(loop.firstRound).resolves.toBeUndefined();
  });
});
