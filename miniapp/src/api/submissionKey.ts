// One Idempotency-Key per distinct submission: the same body retried keeps its key (the server
// answers the first result again), a changed body gets a new one (a reused key with another
// body is 409 IDEMPOTENCY_KEY_REUSED).
import { idempotencyKey as newIdempotencyKey } from './idempotencyKey';

export interface Submission {
  idempotencyKey: string;
  body: string;
}

export function submissionFor(
  previous: Submission | undefined,
  body: unknown,
  makeKey: () => string = newIdempotencyKey,
): Submission {
  const serialised = JSON.stringify(body);
  return previous && previous.body === serialised
    ? previous
    : { idempotencyKey: makeKey(), body: serialised };
}
