import { Injectable } from '@nestjs/common';
import { Algorithm, hash, verify } from '@node-rs/argon2';

/** Passwords shorter than this are refused; longer than the maximum, too (hashing cost is bounded). */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

// OWASP's recommended argon2id parameters: 19 MiB, 2 passes, 1 lane.
const PARAMS = { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
const PARAMS_TAG = `m=${PARAMS.memoryCost},t=${PARAMS.timeCost},p=${PARAMS.parallelism}`;

/** Argon2id (memory-hard) password hashing. */
@Injectable()
export class PasswordHasher {
  // Verified when the account does not exist, so that a wrong e-mail costs as long as a wrong
  // password and timing does not tell which accounts exist.
  private readonly decoy = hash('frontline-decoy-password', PARAMS);

  hash(password: string): Promise<string> {
    return hash(password, PARAMS);
  }

  /** False for any malformed hash too: a corrupt row must not lock the caller into a 500. */
  async verify(passwordHash: string | null, password: string): Promise<boolean> {
    try {
      if (passwordHash === null) {
        await verify(await this.decoy, password);
        return false;
      }
      return await verify(passwordHash, password);
    } catch {
      return false;
    }
  }

  /** A hash made with weaker parameters than today's, to be replaced at the next sign-in. */
  needsRehash(passwordHash: string): boolean {
    return !passwordHash.startsWith('$argon2id$') || !passwordHash.includes(`$${PARAMS_TAG}$`);
  }
}
