// First in, last out: gives every request its scope (logger, default clock) and writes one
// access-log line with the outcome. The log carries ids and status codes, never bodies.
import type { MiddlewareObj } from '@middy/core';
import { systemClock } from '../clock';
import type { Logger } from './logging';
import type { AppContext, HttpEvent, HttpResult } from './types';

export function requestScope(
  logger: Logger,
): MiddlewareObj<HttpEvent, HttpResult, Error, AppContext> {
  const startedAt = new WeakMap<object, number>();
  const finish = (
    request: { event: HttpEvent; response?: HttpResult | null; context: AppContext },
    started?: number,
  ) => {
    request.context.scope.logger.info('request', {
      route: request.event.routeKey,
      status: request.response?.statusCode,
      durationMs: started === undefined ? undefined : Date.now() - started,
    });
  };
  return {
    before: (request) => {
      startedAt.set(request, Date.now());
      const requestLogger = logger.createChild();
      requestLogger.appendKeys({ requestId: request.context.awsRequestId });
      request.context.scope = { body: undefined, clock: systemClock, logger: requestLogger };
    },
    after: (request) => finish(request, startedAt.get(request)),
    onError: (request) => finish(request, startedAt.get(request)),
  };
}
