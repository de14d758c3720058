import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';

/** OWASP's minimum for argon2id: 19 MiB of memory, 2 iterations, 1 degree of parallelism. */
export const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class PasswordHasher {
  /** Verified against when an e-mail address is unknown, so that sign-in costs the same either way. */
  private readonly decoy: Promise<string> = argon2.hash('decoy password for unknown accounts', ARGON2_OPTIONS);

  hash(password: string): Promise<string> {
    return argon2.hash(password, ARGON2_OPTIONS);
  }

  /** False for a missing hash too, after the same amount of work. */
  async verify(hash: string | null | undefined, password: string): Promise<boolean> {
    if (!hash) {
      await argon2.verify(await this.decoy, password).catch(() => false);
      return false;
    }
    return argon2.verify(hash, password).catch(() => false);
  }
}
