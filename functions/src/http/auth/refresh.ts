import { refreshBodySchema } from '@yidi/shared';
import { ok } from '../../middleware/respond';
import { refreshSession } from '../../services/identity/refreshSession';
import { parseBody, route } from '../route';

export const { handler, build } = route({ auth: false }, async ({ body, runtime }) => {
  const { config, store } = runtime;
  const result = await refreshSession(
    {
      users: store.users,
      refreshTokens: store.refreshTokens,
      jwtSecret: config.jwtSecret,
      accessTtlSeconds: config.tokenTtlSeconds,
      refreshTtlSeconds: config.refreshTtlSeconds,
    },
    parseBody(refreshBodySchema, body),
    // Token lifetimes run on the server's real clock, never X-Clock (see sessionTokens.ts).
    new Date(),
  );
  return ok(result);
});
