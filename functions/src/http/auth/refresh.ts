// POST /v1/auth/refresh {refreshToken} → a new token and a new refresh token (public).
import { authRefreshRoute } from '@yidi/shared';
import { refreshSession } from '../../services/identity/refreshSession';
import { contractRoute } from '../contractRoute';
import { authRecipe } from '../../runtime/recipes';

export const { handler, build } = contractRoute(
  authRefreshRoute,
  async ({ body, runtime, respond }) => {
    const { config, store } = runtime;
    return respond(
      await refreshSession(
        {
          users: store.users,
          refreshTokens: store.refreshTokens,
          jwtSecret: config.jwtSecret,
          accessTtlSeconds: config.tokenTtlSeconds,
          refreshTtlSeconds: config.refreshTtlSeconds,
        },
        body,
        // Token lifetimes run on the server's real clock, never X-Clock (see sessionTokens.ts).
        new Date(),
      ),
    );
  },
  { runtime: authRecipe },
);
