import type { Caller } from '../../middleware/types';
import type { UserRepository } from '../../store';
import { personView } from '../persons/personView';

/** GET /v1/me: one Query over the caller's partition (profile + person links). */
export async function getMe(users: Pick<UserRepository, 'getWithLinks'>, caller: Caller) {
  const { user, links } = await users.getWithLinks(caller.userId);
  return {
    user: {
      id: caller.userId,
      roles: user?.roles ?? caller.roles,
      regions: user?.regions ?? caller.regions,
    },
    persons: links.map(personView),
  };
}
