import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** One e-mail as a real SMTP server received it. */
export interface ReceivedMail {
  /** The envelope's recipients (RCPT TO), lower-cased. */
  readonly to: readonly string[];
  /** The envelope's sender (MAIL FROM). */
  readonly from: string;
  /** The message exactly as sent: headers and MIME body. */
  readonly raw: string;
  readonly subject: string;
  /** The plain-text part, decoded. */
  readonly text: string;
  /** The HTML part, decoded; empty when there is none. */
  readonly html: string;
}

export interface SmtpReceiver {
  /** SMTP_URL for the worker: smtp://127.0.0.1:<port>. */
  readonly url: string;
  /** Everything received so far, oldest first. */
  readonly received: readonly ReceivedMail[];
  /** How many messages have started to arrive (their DATA began), received or not yet. */
  readonly incoming: () => number;
  /** The first message (already received, or arriving within the time) for which `match` is true. */
  waitFor(match: (mail: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  /** The messages sent to one address. */
  to(address: string): ReceivedMail[];
  close(): Promise<void>;
}

function headerBlock(part: string): { headers: Map<string, string>; body: string } {
  const split = part.search(/\r?\n\r?\n/);
  const head = split < 0 ? part : part.slice(0, split);
  const body = split < 0 ? '' : part.slice(split).replace(/^\r?\n\r?\n/, '');
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function decodeBody(body: string, encoding: string | undefined): string {
  switch (encoding?.toLowerCase()) {
    case 'base64':
      return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
    case 'quoted-printable': {
      const bytes: number[] = [];
      const text = body.replace(/=\r?\n/g, '');
      for (let i = 0; i < text.length; i += 1) {
        const hex = text.slice(i + 1, i + 3);
        if (text[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
          bytes.push(Number.parseInt(hex, 16));
          i += 2;
        } else {
          bytes.push(...Buffer.from(text[i] ?? '', 'utf8'));
        }
      }
      return Buffer.from(bytes).toString('utf8');
    }
    default:
      return body;
  }
}

/** The decoded text/plain and text/html parts of a (possibly multipart) message: enough for our own mail. */
function parts(raw: string): { subject: string; text: string; html: string } {
  const top = headerBlock(raw);
  const found = { text: '', html: '' };
  const visit = (headers: Map<string, string>, body: string) => {
    const type = headers.get('content-type') ?? 'text/plain';
    const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
    if (type.toLowerCase().startsWith('multipart/') && boundary !== undefined) {
      for (const section of body.split(`--${boundary}`).slice(1)) {
        if (section.startsWith('--')) break;
        const part = headerBlock(section.replace(/^\r?\n/, ''));
        visit(part.headers, part.body);
      }
      return;
    }
    const decoded = decodeBody(body, headers.get('content-transfer-encoding'));
    if (type.toLowerCase().startsWith('text/html')) found.html ||= decoded;
    else if (type.toLowerCase().startsWith('text/plain')) found.text ||= decoded;
  };
  visit(top.headers, top.body);
  return { subject: top.headers.get('subject') ?? '', ...found };
}

/**
 * A real SMTP server on a free local port that keeps what it receives, for tests to read: point the worker
 * at it with SMTP_URL. No authentication and no STARTTLS (it is local and plain).
 */
export interface SmtpReceiverOptions {
  /** Recipients it turns away with a temporary error, for tests of retrying. */
  readonly refuse?: (address: string) => boolean;
  /** How long it takes to accept each message, for tests of what is in flight. */
  readonly delayMs?: number;
}

export async function startSmtpReceiver(options: SmtpReceiverOptions = {}): Promise<SmtpReceiver> {
  const received: ReceivedMail[] = [];
  let incoming = 0;
  const waiters = new Set<() => void>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (options.refuse?.(address.address.toLowerCase()) !== true) return callback();
      // A temporary refusal, as from a full mailbox: the sender should try again later.
      return callback(Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 450 }));
    },
    onData(stream, session, callback) {
      incoming += 1;
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const envelope = session.envelope;
        const mail: ReceivedMail = {
          to: envelope.rcptTo.map((r) => r.address.toLowerCase()),
          from: envelope.mailFrom === false ? '' : envelope.mailFrom.address,
          raw,
          ...parts(raw),
        };
        setTimeout(() => {
          received.push(mail);
          for (const wake of waiters) wake();
          callback();
        }, options.delayMs ?? 0);
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;

  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    incoming: () => incoming,
    to: (address) => received.filter((mail) => mail.to.includes(address.toLowerCase())),
    waitFor: (match, timeoutMs = 15_000) =>
      new Promise<ReceivedMail>((resolve, reject) => {
        const check = () => {
          const mail = received.find(match);
          if (mail === undefined) return;
          cleanup();
          resolve(mail);
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`No matching e-mail within ${timeoutMs} ms (received ${received.length})`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
