// X-Clock: time travel for tests, honoured only where the stage allows it (local, test).
import type { MiddlewareObj } from '@middy/core';
import { fixedClock, systemClock } from '../clock';
import { AppError } from '../errors';
import { headerOf, type AppContext, type HttpEvent, type HttpResult } from './types';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export function requestClock(options: {
  honourClockHeader: boolean;
}): MiddlewareObj<HttpEvent, HttpResult, Error, AppContext> {
  return {
    before: (request) => {
      const header = headerOf(request.event, 'x-clock');
      if (!options.honourClockHeader || !header) {
        request.context.scope.clock = systemClock;
        return;
      }
      if (!ISO_INSTANT.test(header) || Number.isNaN(Date.parse(header))) {
        throw new AppError('VALIDATION_FAILED', {
          fields: { 'X-Clock': 'X-Clock 须为带时区的 ISO 时间，例如 2027-01-15T09:00:00+08:00' },
        });
      }
      request.context.scope.clock = fixedClock(header);
    },
  };
}
