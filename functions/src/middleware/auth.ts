// Bearer-token authentication. Anything short of a valid, unexpired token we signed is 401.
import type { MiddlewareObj } from '@middy/core';
import { AppError } from '../errors';
import { verifyToken } from './tokens';
import { headerOf, type AppContext, type HttpEvent, type HttpResult } from './types';

export function authenticate(
  secret: Uint8Array,
): MiddlewareObj<HttpEvent, HttpResult, Error, AppContext> {
  return {
    before: (request) => {
      const header = headerOf(request.event, 'authorization') ?? '';
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      const caller = match?.[1] ? verifyToken(match[1], secret) : undefined;
      if (!caller) throw new AppError('UNAUTHENTICATED');
      request.context.scope.caller = caller;
      request.context.scope.logger.appendKeys({ userId: caller.userId });
    },
  };
}
