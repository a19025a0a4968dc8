import { loginBodySchema } from '@yidi/shared';
import { ok } from '../../middleware/respond';
import { login, userIdOf } from '../../services/identity/login';
import { parseBody, route } from '../route';

export const { handler, build } = route({ auth: false }, async ({ body, runtime, scope }) => {
  const { config, store, wechat, protection } = runtime;
  const result = await login(
    {
      users: store.users,
      refreshTokens: store.refreshTokens,
      wechat,
      userIdOf: userIdOf(protection.hash),
      allowDevLogin: config.allowDevLogin,
      jwtSecret: config.jwtSecret,
      accessTtlSeconds: config.tokenTtlSeconds,
      refreshTtlSeconds: config.refreshTtlSeconds,
    },
    parseBody(loginBodySchema, body),
    scope.clock.now(),
  );
  return ok(result);
});
