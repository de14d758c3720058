import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { openSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { logDestination, logFormatFor } from './log-output.js';

describe('the log format', () => {
  it('is pretty for a person at a terminal, outside production', () => {
    expect(logFormatFor({ isTTY: true, nodeEnv: undefined })).toBe('pretty');
    expect(logFormatFor({ isTTY: true, nodeEnv: 'development' })).toBe('pretty');
  });

  it('is JSON when the output is not a terminal, or in production', () => {
    expect(logFormatFor({ isTTY: undefined, nodeEnv: undefined })).toBe('json');
    expect(logFormatFor({ isTTY: false, nodeEnv: 'development' })).toBe('json');
    expect(logFormatFor({ isTTY: true, nodeEnv: 'production' })).toBe('json');
  });
});

describe('the log destination', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'liaise-log-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  /** What a logger writing to the format's destination puts in a file, read as soon as the call returns. */
  async function written(format: 'pretty' | 'json'): Promise<string> {
    const file = path.join(dir, `${format}.log`);
    const fd = openSync(file, 'w');
    try {
      pino({ level: 'info' }, logDestination(format, fd)).info({ context: 'Mailer' }, 'No SMTP_URL: e-mails are written to .data/mail');
      return await readFile(file, 'utf8');
    } finally {
      closeSync(fd);
    }
  }

  it('writes readable lines, naming the part of the application, at once', async () => {
    const line = await written('pretty');
    expect(line).toMatch(/INFO.*\[Mailer\] No SMTP_URL: e-mails are written to \.data\/mail/);
    expect(line).not.toContain('{"level"');
  });

  it('writes one JSON object a line, at once', async () => {
    const line = await written('json');
    expect(JSON.parse(line)).toMatchObject({ level: 30, context: 'Mailer', msg: 'No SMTP_URL: e-mails are written to .data/mail' });
  });
});
