import type { Caller } from '../../middleware/types';
import type { UserRepository } from '../../store';
import { personView } from '../persons/personView';
import { identityView } from './verifyIdentity';

/**
 * GET /v1/me: one consistent Query over the caller's partition — profile, verified identity
 * (masked), person links and notices to the account (e.g. an authorization withdrawn).
 */
export async function getMe(users: Pick<UserRepository, 'getWithLinks'>, caller: Caller) {
  const { user, links, identity, notices } = await users.getWithLinks(caller.userId);
  return {
    user: {
      id: caller.userId,
      roles: user?.roles ?? caller.roles,
      regions: user?.regions ?? caller.regions,
    },
    ...(identity ? { identity: identityView(identity) } : {}),
    persons: links.map(personView),
    notices: notices.map((notice) => ({
      id: notice.id,
      kind: notice.kind,
      title: notice.title,
      body: notice.body,
      createdAt: notice.createdAt,
    })),
  };
}
