// A large answer gzipped for a client that accepts it. HTTP APIs pass a Lambda's answer through
// as it is (unlike REST APIs, they compress nothing), so a route whose answer is big and the same
// for everyone (the OpenAPI document) compresses it itself, once.
import { gzipSync } from 'node:zlib';
import type { HttpEvent, HttpResult } from './types';

/** Whether Accept-Encoding names gzip (or `*`) without `q=0`. */
export function acceptsGzip(event: Pick<HttpEvent, 'headers'>): boolean {
  const header = event.headers?.['accept-encoding'];
  if (!header) return false;
  return header.split(',').some((part) => {
    const [coding = '', ...parameters] = part.split(';').map((piece) => piece.trim().toLowerCase());
    const refused = parameters.some((parameter) => /^q=0(\.0{0,3})?$/.test(parameter));
    return (coding === 'gzip' || coding === '*') && !refused;
  });
}

/**
 * `answer` as the client may take it: gzipped (base64, as API Gateway expects binary) when it
 * accepts gzip, as it is otherwise; `vary` either way, so a cache keeps the two apart. `cache`
 * holds the compressed body of an answer that never changes (made on first use).
 */
export function compressedFor(
  event: Pick<HttpEvent, 'headers'>,
  answer: HttpResult,
  cache: { gzipped?: string } = {},
): HttpResult {
  const headers = { ...answer.headers, vary: 'accept-encoding' };
  if (!acceptsGzip(event) || answer.body === undefined) return { ...answer, headers };
  cache.gzipped ??= gzipSync(answer.body).toString('base64');
  return {
    ...answer,
    headers: { ...headers, 'content-encoding': 'gzip' },
    body: cache.gzipped,
    isBase64Encoded: true,
  };
}
