import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { DomainError } from '../errors/domain-error.js';


/**
 * Where the first NUL character (U+0000) is in a GraphQL argument's value, as a field path ("note",
 * "addresses[1]", "reason"), or undefined when there is none.
 */
export function nulCharacterPath(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = nulCharacterPath(item, `${path}[${index}]`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const found = nulCharacterPath(item, path === '' ? key : `${path}.${key}`);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/**
 * Refuses a NUL character anywhere in any text a client sends, before a resolver runs: PostgreSQL cannot
 * store it in text, and nobody types it. The error names the field: the property path inside an input
 * object (`addresses[0]`), or the argument's own name for a plain argument.
 */
@Injectable()
export class NulCharacterPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    // A resolver's arguments come as 'body'; its root, context and info ('custom') are not input.
    if (metadata.type !== 'body') return value;
    const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
    const field = nulCharacterPath(value, isObject ? '' : (metadata.data ?? ''));
    if (field !== undefined) {
      throw new DomainError('BAD_USER_INPUT', `${field === '' ? 'The input' : field} must not contain a NUL character (\\u0000)`, field || undefined);
    }
    return value;
  }
}
