// Parses a JSON body once. Malformed JSON is the client's mistake: 400, never 500.
// Size and nesting are bounded before anything parses or recurses over the body (JSON.parse,
// the idempotency hash, zod): every request body of the API is a small form, so a body beyond
// these bounds is refused as a whole (400 REQUEST_TOO_LARGE).
import type { MiddlewareObj } from '@middy/core';
import { AppError } from '../errors';
import type { AppContext, HttpEvent, HttpResult } from './types';

/** Bytes of the decoded body. The largest form (a filing with 30 materials) is ~5 KB. */
export const MAX_BODY_BYTES = 64 * 1024;
/** Nesting of objects and arrays. The deepest body (review notices) nests 3. */
export const MAX_BODY_DEPTH = 16;

/** The deepest nesting of `[`/`{` in JSON text, outside strings; one pass, no recursion. */
export function nestingDepthOf(text: string, stopAbove = Infinity): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === 0x5c)
        index += 1; // backslash: skip the escaped character
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x7b || char === 0x5b) {
      depth += 1;
      if (depth > deepest) deepest = depth;
      if (deepest > stopAbove) return deepest;
    } else if (char === 0x7d || char === 0x5d) depth -= 1;
  }
  return deepest;
}

export function jsonBody(): MiddlewareObj<HttpEvent, HttpResult, Error, AppContext> {
  return {
    before: (request) => {
      const { body, isBase64Encoded } = request.event;
      if (body === undefined || body === null || body === '') {
        request.context.scope.body = undefined;
        return;
      }
      // A base64 body is 4/3 of its bytes: refuse an oversized one before decoding it.
      if (
        body.length >
        (isBase64Encoded ? Math.ceil((MAX_BODY_BYTES * 4) / 3) + 4 : MAX_BODY_BYTES * 3)
      ) {
        throw new AppError('REQUEST_TOO_LARGE');
      }
      const text = isBase64Encoded ? Buffer.from(body, 'base64').toString('utf8') : body;
      if (Buffer.byteLength(text, 'utf8') > MAX_BODY_BYTES) throw new AppError('REQUEST_TOO_LARGE');
      if (nestingDepthOf(text, MAX_BODY_DEPTH) > MAX_BODY_DEPTH) {
        throw new AppError('REQUEST_TOO_LARGE');
      }
      try {
        request.context.scope.body = JSON.parse(text) as unknown;
      } catch {
        throw new AppError('MALFORMED_REQUEST', { message: '请求内容不是有效的JSON格式。' });
      }
    },
  };
}
