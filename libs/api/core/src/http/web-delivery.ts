import path from 'node:path';
import { type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import compression from 'compression';
import type { Response } from 'express';

/** A year: the longest a cache is asked to keep anything. */
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * Cache-Control for a file of the built web. Vite names everything under `assets/` by its content's hash, so
 * those never change and are kept for a year; `index.html` (which names the current hashes) and the other
 * fixed names are checked with the server on every use, so a new release shows at the next visit.
 */
export function webCacheControl(webRoot: string, filePath: string): string {
  const relative = path.relative(webRoot, filePath);
  return relative.startsWith(`assets${path.sep}`) ? `public, max-age=${ONE_YEAR_SECONDS}, immutable` : 'no-cache';
}

/** `serveStaticOptions` for the built web at `webRoot`. */
export function webStaticOptions(webRoot: string) {
  return {
    index: 'index.html',
    // Cache-Control is set per file below; `send`'s own header would otherwise replace it.
    cacheControl: false,
    setHeaders: (res: Response, filePath: string) => res.setHeader('Cache-Control', webCacheControl(webRoot, filePath)),
  };
}

/**
 * Compresses answers the client accepts compressed (brotli or gzip): the web's JavaScript and the GraphQL
 * answers, which are text, shrink to about a quarter for phones on slow connections.
 */
@Module({})
export class CompressionModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    // '{*path}', not '*path': the latter does not match the root, '/'.
    consumer.apply(compression()).forRoutes('{*path}');
  }
}
