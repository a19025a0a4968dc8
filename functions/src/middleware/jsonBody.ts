// Parses a JSON body once. Malformed JSON is the client's mistake: 400, never 500.
import type { MiddlewareObj } from '@middy/core';
import { AppError } from '../errors';
import type { AppContext, HttpEvent, HttpResult } from './types';

export function jsonBody(): MiddlewareObj<HttpEvent, HttpResult, Error, AppContext> {
  return {
    before: (request) => {
      const { body, isBase64Encoded } = request.event;
      if (body === undefined || body === null || body === '') {
        request.context.scope.body = undefined;
        return;
      }
      const text = isBase64Encoded ? Buffer.from(body, 'base64').toString('utf8') : body;
      try {
        request.context.scope.body = JSON.parse(text) as unknown;
      } catch {
        throw new AppError('MALFORMED_REQUEST', { message: '请求内容不是有效的JSON格式。' });
      }
    },
  };
}
