import { pino, type DestinationStream } from 'pino';
import { PinoPretty } from 'pino-pretty';

/** Readable lines for a person at a terminal, or JSON (one object a line) for whatever collects the logs. */
export type LogFormat = 'pretty' | 'json';

/**
 * Pretty lines only where a person reads them as they come: standard output is a terminal, outside
 * production. Anywhere else (piped to a file or a log collector, a container, any production process) the
 * format stays JSON, which the tools reading logs expect.
 */
export function logFormatFor({ isTTY, nodeEnv }: { readonly isTTY: boolean | undefined; readonly nodeEnv: string | undefined }): LogFormat {
  return isTTY === true && nodeEnv !== 'production' ? 'pretty' : 'json';
}

/**
 * Where log lines go, written synchronously: so they reach the output in the order they were logged, before
 * whatever the process prints next (the banner of `npm start`), and none is lost when the process exits.
 * `fd` is standard output unless a test gives another.
 */
export function logDestination(format: LogFormat, fd = 1): DestinationStream {
  if (format === 'json') return pino.destination({ dest: fd, sync: true });
  return PinoPretty({
    destination: fd,
    sync: true,
    translateTime: 'SYS:HH:MM:ss',
    ignore: 'pid,hostname,context',
    // Nest's loggers name their part of the application in `context`: shown before the message.
    messageFormat: '{if context}[{context}] {end}{msg}',
    singleLine: true,
  });
}
