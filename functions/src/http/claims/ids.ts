import { claimIdSchema } from '@yidi/shared';
import { parseBody } from '../route';

/** The `{id}` path parameter as a claim id (422 with a Chinese message otherwise). */
export function claimIdOf(value: string | undefined): string {
  return parseBody(claimIdSchema, value);
}
