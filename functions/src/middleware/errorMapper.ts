// Every failure leaves as docs/api.md's envelope. AppError: its code and status. A zod error that
// reached here (a body schema parsed in a route): 422 with Chinese `fields`. Anything else is a
// bug: 500 with a plain Chinese message; the details go to the log, not the user. An AWS service
// that does not answer (DynamoDB down, a timeout after the retries) is 503, logged as a warning.
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

// The database (or S3) did not answer at all, or answered that it cannot serve now, after the
// SDK's retries: the request may be retried as it is (503), it is not a bug in it.
const UNAVAILABLE_ERRORS = new Set([
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
  'InternalServerError',
  'ServiceUnavailable',
  'ServiceUnavailableException',
  // store/batchGet: keys still unprocessed after its retries.
  'StoreUnavailableError',
]);
const UNAVAILABLE_NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
]);

const NETWORK_CODE_IN_MESSAGE = new RegExp(`\\b(${[...UNAVAILABLE_NETWORK_CODES].join('|')})\\b`);

/** An AWS service or the network to it failed (not our request's fault, not our code's). */
export function isServiceUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (UNAVAILABLE_ERRORS.has(error.name)) return true;
  const { code, $fault, $metadata } = error as Error & {
    code?: string;
    $fault?: string;
    $metadata?: { httpStatusCode?: number };
  };
  if (code && UNAVAILABLE_NETWORK_CODES.has(code)) return true;
  if ($fault === 'server' || ($metadata?.httpStatusCode ?? 0) >= 500) return true;
  // A refused connection reaches us as the SDK's "error wrapper", the code only in its message.
  if ($metadata && NETWORK_CODE_IN_MESSAGE.test(error.message)) return true;
  // The SDK wraps a socket failure; its cause carries the code.
  return error.cause !== undefined && error.cause !== error && isServiceUnavailable(error.cause);
}

export function toAppError(error: unknown): AppError | undefined {
  if (error instanceof AppError) return error;
  if (error instanceof $ZodError) {
    return new AppError('VALIDATION_FAILED', { fields: fieldErrorsOf(error) });
  }
  if (error instanceof Error && THROTTLING_ERRORS.has(error.name)) {
    return new AppError('TOO_MANY_REQUESTS');
  }
  if (isServiceUnavailable(error)) return new AppError('SERVICE_UNAVAILABLE');
  return undefined;
}

export function errorMapper(): MiddlewareObj<HttpEvent, HttpResult, Error, AppContext> {
  return {
    onError: (request) => {
      const known = toAppError(request.error);
      const logger = request.context.scope?.logger;
      if (known?.code === 'SERVICE_UNAVAILABLE') {
        // An outage is for the operator to see: warn with the cause's name, not the request.
        logger?.warn('service unavailable', { error: request.error });
        request.response = jsonResponse(known.status, known.toBody());
        return;
      }
      if (known) {
        logger?.info('request refused', { code: known.code, status: known.status });
        const response = jsonResponse(known.status, known.toBody());
        const retryAfter = known.details.retryAfterSeconds;
        if (retryAfter !== undefined) {
          response.headers = { ...response.headers, 'retry-after': String(retryAfter) };
        }
        request.response = response;
        return;
      }
      logger?.error('unexpected error', { error: request.error });
      request.response = jsonResponse(500, {
        error: { code: 'INTERNAL_ERROR', message: defaultMessageOf('INTERNAL_ERROR') },
      });
    },
  };
}
