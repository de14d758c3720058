import { type DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { LogLevel } from '../config/app-config.js';
import { logDestination, type LogFormat } from './log-output.js';
import { REDACTED_PATHS } from './redaction.js';

/**
 * Structured logs, one line an event, as JSON or (at a terminal, see `logFormatFor`) readable lines;
 * request logs carry method, path and status, never bodies.
 */
@Module({})
export class LoggingModule {
  static forRoot(level: LogLevel, format: LogFormat = 'json'): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: [
            {
              level,
              redact: { paths: [...REDACTED_PATHS], censor: '[redacted]' },
              autoLogging: { ignore: (req) => (req.url ?? '').startsWith('/health') },
              serializers: {
                req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url.split('?')[0] }),
              },
            },
            logDestination(format),
          ],
        }),
      ],
      exports: [LoggerModule],
    };
  }
}
