// Every failure leaves as docs/api.md's envelope. AppError: its code and status. A zod error that
// reached here (a body schema parsed in a route): 422 with Chinese `fields`. Anything else is a
// bug or an outage: 500 with a plain Chinese message; the details go to the log, not the user.
import type { MiddlewareObj } from '@middy/core';
import { defaultMessageOf, fieldErrorsOf } from '@yidi/shared';
// From core, not `z.core` of zod/mini: that namespace object would pull all of zod into the bundle.
import { $ZodError } from 'zod/v4/core';
import { AppError } from '../errors';
import { jsonResponse } from './respond';
import type { AppContext, HttpEvent, HttpResult } from './types';

// DynamoDB still throttling after the SDK's own retries: the client should wait and retry (the
// same Idempotency-Key makes that safe), so say "busy" rather than report a server fault.
const THROTTLING_ERRORS = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
]);

export function toAppError(error: unknown): AppError | undefined {
  if (error instanceof AppError) return error;
  if (error instanceof $ZodError) {
    return new AppError('VALIDATION_FAILED', { fields: fieldErrorsOf(error) });
  }
  if (error instanceof Error && THROTTLING_ERRORS.has(error.name)) {
    return new AppError('TOO_MANY_REQUESTS');
  }
  return undefined;
}

export function errorMapper(): MiddlewareObj<HttpEvent, HttpResult, Error, AppContext> {
  return {
    onError: (request) => {
      const known = toAppError(request.error);
      const logger = request.context.scope?.logger;
      if (known) {
        logger?.info('request refused', { code: known.code, status: known.status });
        request.response = jsonResponse(known.status, known.toBody());
        return;
      }
      logger?.error('unexpected error', { error: request.error });
      request.response = jsonResponse(500, {
        error: { code: 'INTERNAL_ERROR', message: defaultMessageOf('INTERNAL_ERROR') },
      });
    },
  };
}
