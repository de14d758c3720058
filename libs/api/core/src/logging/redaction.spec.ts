import { Writable } from 'node:stream';
import { pino } from 'pino';
import { REDACTED_PATHS } from './redaction.js';

function logged(write: (logger: pino.Logger) => void): string {
  let out = '';
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      out += chunk.toString();
      done();
    },
  });
  write(pino({ redact: { paths: [...REDACTED_PATHS], censor: '[redacted]' } }, sink));
  return out;
}

describe('log redaction', () => {
  it('removes passwords, tokens, cookies and authorization headers wherever they sit', () => {
    const line = logged((log) =>
      log.info(
        {
          req: { headers: { authorization: 'Bearer SECRET-A', cookie: 'sid=SECRET-B' } },
          res: { headers: { 'set-cookie': 'sid=SECRET-C' } },
          input: { password: 'SECRET-D', token: 'SECRET-E', email: 'a@b.example' },
          password: 'SECRET-F',
          graphql: { variables: { anything: 'SECRET-G' } },
        },
        'request',
      ),
    );
    expect(line).not.toMatch(/SECRET-[A-G]/);
    expect(line).toContain('[redacted]');
    expect(line).toContain('a@b.example');
  });
});
