// POST /v1/auth/login {code | provider:'dev'} → a token and a refresh token (public).
import { authLoginRoute } from '@yidi/shared';
import { login, userIdOf } from '../../services/identity/login';
import { contractRoute } from '../contractRoute';
import { authRecipe } from '../../runtime/recipes';

export const { handler, build } = contractRoute(
  authLoginRoute,
  async ({ body, runtime, scope, respond }) => {
    const { config, store, wechat, protection } = runtime;
    return respond(
      await login(
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
        body,
        scope.clock.now(),
      ),
    );
  },
  { runtime: authRecipe },
);
