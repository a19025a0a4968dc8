import { gunzipSync } from 'node:zlib';
import { acceptsGzip, compressedFor } from './compression';

const asked = (acceptEncoding?: string) => ({
  headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding },
});

describe('acceptsGzip', () => {
  it.each([
    ['gzip', true],
    ['gzip, deflate, br', true],
    ['br;q=1.0, gzip;q=0.8', true],
    ['*', true],
    ['GZIP', true],
    [undefined, false],
    ['', false],
    ['identity', false],
    ['br, deflate', false],
    ['gzip;q=0', false],
    ['gzip;q=0.000', false],
    ['gzip;q=0.001', true],
  ])('Accept-Encoding %p → %p', (header, accepts) => {
    expect(acceptsGzip(asked(header))).toBe(accepts);
  });
});

describe('compressedFor', () => {
  const answer = {
    statusCode: 200,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify({ text: '异地就医备案'.repeat(200) }),
  };

  it('gzips for a client that accepts it: base64, content-encoding, vary', () => {
    const sent = compressedFor(asked('gzip, br'), answer);
    expect(sent.isBase64Encoded).toBe(true);
    expect(sent.headers).toEqual({
      'content-type': 'application/json; charset=utf-8',
      'content-encoding': 'gzip',
      vary: 'accept-encoding',
    });
    const body = Buffer.from(sent.body!, 'base64');
    expect(gunzipSync(body).toString('utf8')).toBe(answer.body);
    expect(body.length).toBeLessThan(answer.body.length / 10);
  });

  it('answers as it is otherwise, still saying it varies', () => {
    const sent = compressedFor(asked('identity'), answer);
    expect(sent).toEqual({ ...answer, headers: { ...answer.headers, vary: 'accept-encoding' } });
  });

  it('compresses an unchanging answer once', () => {
    const cache: { gzipped?: string } = {};
    const first = compressedFor(asked('gzip'), answer, cache);
    expect(cache.gzipped).toBe(first.body);
    const again = compressedFor(asked('gzip'), { ...answer, body: 'ignored' }, cache);
    expect(again.body).toBe(first.body);
  });
});
