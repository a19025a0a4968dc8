// API Gateway HTTP API (payload format 2.0) behaviour of the local API, unit by unit; the same
// over real HTTP in apiServer.test.ts.
import {
  decodedPath,
  headersOf,
  preflightAnswer,
  queryParametersOf,
  withCors,
  type GatewayResponse,
} from './apiGateway';
import type { HttpApiCors } from './routes';

// serverless.yml's settings: the test/local stages allow any origin, deployed ones WeChat's.
const anyOrigin: HttpApiCors = {
  allowedOrigins: ['*'],
  allowedHeaders: ['Content-Type', 'Authorization', 'Idempotency-Key', 'X-Clock'],
  allowedMethods: ['GET', 'POST', 'PUT', 'OPTIONS'],
};
const wechatOnly: HttpApiCors = { ...anyOrigin, allowedOrigins: ['https://servicewechat.com'] };

describe('the v2.0 event', () => {
  it('lower-cases header names and joins a repeated header with commas', () => {
    const { headers } = headersOf(['X-Clock', 'a', 'Accept', 'text/html', 'accept', 'json']);
    expect(headers).toEqual({ 'x-clock': 'a', accept: 'text/html,json' });
  });

  it('moves cookies out of the headers, one entry per cookie', () => {
    const { headers, cookies } = headersOf(['Cookie', 'a=1; b=2', 'cookie', 'c=3', 'Host', 'h']);
    expect(cookies).toEqual(['a=1', 'b=2', 'c=3']);
    expect(headers).toEqual({ host: 'h' });
  });

  it('joins a repeated query parameter with commas and decodes names and values', () => {
    expect(queryParametersOf('status=A&status=B&region=%E5%90%88&x%20y=1')).toEqual({
      status: 'A,B',
      region: '合',
      'x y': '1',
    });
    expect(queryParametersOf('')).toBeUndefined();
  });

  it('routes on the decoded path; malformed percent-encoding names nothing', () => {
    expect(decodedPath('/v1/regions/%E5%90%88/policy?x=1')).toBe('/v1/regions/合/policy');
    expect(decodedPath('/v1/filings/a%2Fb')).toBe('/v1/filings/a/b');
    for (const malformed of ['%E4%B8', '%zz', '%', '%C0%AF']) {
      expect(decodedPath(`/v1/materials/${malformed}`)).toBeUndefined();
    }
  });
});

describe('CORS from serverless.yml', () => {
  const preflight = (cors: HttpApiCors | undefined, headers: Record<string, string>) =>
    preflightAnswer(cors, 'OPTIONS', headers);

  it('answers an allowed preflight itself with the configured methods and headers', () => {
    expect(
      preflight(wechatOnly, {
        origin: 'https://servicewechat.com',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,idempotency-key',
      }),
    ).toMatchObject({
      status: 204,
      headers: {
        'access-control-allow-origin': 'https://servicewechat.com',
        'access-control-allow-methods': 'GET,POST,PUT,OPTIONS',
        'access-control-allow-headers': 'Content-Type,Authorization,Idempotency-Key,X-Clock',
      },
    });
    expect(
      preflight(wechatOnly, {
        origin: 'https://servicewechat.com',
        'access-control-request-method': 'put',
        'access-control-request-headers': 'authorization,content-type',
      })?.headers['access-control-allow-origin'],
    ).toBe('https://servicewechat.com');
    expect(
      preflight(anyOrigin, {
        origin: 'http://localhost:10087',
        'access-control-request-method': 'GET',
      })?.headers['access-control-allow-origin'],
    ).toBe('*');
  });

  it('gives no CORS headers to another origin, method or header', () => {
    const refused: Record<string, string>[] = [
      { origin: 'http://localhost:10087', 'access-control-request-method': 'POST' },
      { origin: 'https://servicewechat.com', 'access-control-request-method': 'DELETE' },
      {
        origin: 'https://servicewechat.com',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'x-forwarded-user',
      },
    ];
    for (const headers of refused) expect(preflight(wechatOnly, headers)?.headers).toEqual({});
  });

  it('is not a preflight without Origin and the requested method, or without CORS', () => {
    expect(preflight(anyOrigin, { origin: 'http://a' })).toBeUndefined();
    expect(preflight(anyOrigin, { 'access-control-request-method': 'GET' })).toBeUndefined();
    expect(
      preflight(undefined, { origin: 'http://a', 'access-control-request-method': 'GET' }),
    ).toBeUndefined();
  });

  const answer: GatewayResponse = {
    status: 200,
    headers: { 'content-type': 'application/json', 'access-control-allow-origin': 'x' },
    cookies: [],
    body: Buffer.from('{}'),
  };

  it("replaces the function's own CORS headers with the configured ones", () => {
    expect(withCors(wechatOnly, { origin: 'https://servicewechat.com' }, answer).headers).toEqual({
      'content-type': 'application/json',
      'access-control-allow-origin': 'https://servicewechat.com',
    });
    expect(withCors(wechatOnly, { origin: 'http://localhost' }, answer).headers).toEqual({
      'content-type': 'application/json',
    });
    expect(withCors(anyOrigin, {}, answer).headers).toEqual({ 'content-type': 'application/json' });
  });
});
