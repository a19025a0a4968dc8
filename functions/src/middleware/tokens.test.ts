// jose (a dev dependency only) is the independent reference: tokens it signs, as the functions did
// before, must verify, and ours must be the very bytes it would have written.
import { createHmac } from 'node:crypto';
import { CompactSign, jwtVerify, SignJWT } from 'jose';
import { issueToken, verifyToken } from './tokens';

const secret = new TextEncoder().encode('unit-test-secret-unit-test-secret-0001');
const caller = { userId: 'dev_alice', roles: ['INSURED' as const], regions: ['340300'] };
const now = new Date('2027-03-01T08:00:00Z');
const nowSeconds = now.getTime() / 1000;

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const partsOf = (token: string) => token.split('.') as [string, string, string];
const claims = (extra: Record<string, unknown> = {}) => ({
  roles: ['INSURED'],
  regions: ['340300'],
  sub: 'dev_alice',
  iss: 'yidi-api',
  aud: 'yidi-miniapp',
  iat: nowSeconds - 60,
  exp: nowSeconds + 600,
  ...extra,
});
/** Any header and payload, correctly signed with the right key (so only the checks can refuse). */
const signed = (header: Record<string, unknown>, payload: unknown) =>
  new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
    .setProtectedHeader(header as { alg: string })
    .sign(secret);
/** Raw segments (even ones that are not JSON) with a correct HS256 signature. */
const rawSigned = (headerText: string, payloadText: string) => {
  const input = `${Buffer.from(headerText).toString('base64url')}.${Buffer.from(payloadText).toString('base64url')}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
};
const HS256 = JSON.stringify({ alg: 'HS256', typ: 'JWT' });

describe('session tokens', () => {
  it('round-trips the caller', () => {
    const { token, expiresAt } = issueToken(caller, { secret, ttlSeconds: 600 });
    expect(verifyToken(token, secret)).toEqual(caller);
    expect(Date.parse(expiresAt)).toBeGreaterThan(Date.now());
  });

  it('writes the bytes jose wrote, and jose accepts them', async () => {
    const issuedAt = new Date('2027-03-01T07:59:00Z');
    const ours = issueToken(caller, { secret, ttlSeconds: 660, issuedAt }).token;
    const theirs = await new SignJWT({ roles: caller.roles, regions: caller.regions })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(caller.userId)
      .setIssuer('yidi-api')
      .setAudience('yidi-miniapp')
      .setIssuedAt(nowSeconds - 60)
      .setExpirationTime(nowSeconds + 600)
      .sign(secret);
    expect(ours).toBe(theirs);
    const { payload } = await jwtVerify(ours, secret, {
      algorithms: ['HS256'],
      issuer: 'yidi-api',
      audience: 'yidi-miniapp',
      currentDate: now,
    });
    expect(payload.sub).toBe('dev_alice');
  });

  it.each([
    ['a token jose signed (issued before the change)', claims()],
    ['an audience list that includes ours', claims({ aud: ['other', 'yidi-miniapp'] })],
    ['a not-before that has come', claims({ nbf: nowSeconds })],
    ['an expiry one second ahead', claims({ exp: nowSeconds + 1 })],
  ])('accepts %s', async (_label, payload) => {
    const token = await signed({ alg: 'HS256', typ: 'JWT' }, payload);
    expect(verifyToken(token, secret, now)).toEqual(caller);
  });

  it('accepts a header without typ (jose did)', async () => {
    expect(verifyToken(await signed({ alg: 'HS256' }, claims()), secret, now)).toEqual(caller);
  });

  const REFUSED: [string, () => Promise<string> | string][] = [
    [
      'another secret',
      () =>
        issueToken(caller, {
          secret: new TextEncoder().encode('x'.repeat(40)),
          ttlSeconds: 600,
          issuedAt: now,
        }).token,
    ],
    [
      'an expired token',
      () =>
        issueToken(caller, { secret, ttlSeconds: 10, issuedAt: new Date(now.getTime() - 60_000) })
          .token,
    ],
    ['an expiry of exactly now', () => signed({ alg: 'HS256' }, claims({ exp: nowSeconds }))],
    ['no expiry', () => signed({ alg: 'HS256' }, claims({ exp: undefined }))],
    ['a string expiry', () => signed({ alg: 'HS256' }, claims({ exp: String(nowSeconds + 600) }))],
    ['a not-before in the future', () => signed({ alg: 'HS256' }, claims({ nbf: nowSeconds + 1 }))],
    ['a non-numeric iat', () => signed({ alg: 'HS256' }, claims({ iat: 'yesterday' }))],
    ['another issuer', () => signed({ alg: 'HS256' }, claims({ iss: 'someone-else' }))],
    ['another audience', () => signed({ alg: 'HS256' }, claims({ aud: ['someone-else'] }))],
    ['no subject', () => signed({ alg: 'HS256' }, claims({ sub: undefined }))],
    ['a numeric subject', () => signed({ alg: 'HS256' }, claims({ sub: 42 }))],
    ['alg HS512 (right key)', () => signed({ alg: 'HS512' }, claims())],
    // Signed with HS256 all the same: only the header check can refuse these.
    [
      'alg none over a valid HS256 signature',
      () => rawSigned('{"alg":"none"}', JSON.stringify(claims())),
    ],
    [
      'alg HS512 over a valid HS256 signature',
      () => rawSigned('{"alg":"HS512","typ":"JWT"}', JSON.stringify(claims())),
    ],
    ['no alg', () => rawSigned('{"typ":"JWT"}', JSON.stringify(claims()))],
    ['alg HS384 (right key)', () => signed({ alg: 'HS384' }, claims())],
    [
      'typ other than JWT',
      () => rawSigned('{"alg":"HS256","typ":"at+jwt"}', JSON.stringify(claims())),
    ],
    [
      'a crit extension',
      () => rawSigned('{"alg":"HS256","crit":["x"],"x":1}', JSON.stringify(claims())),
    ],
    ['a header that is not JSON', () => rawSigned('{"alg":"HS256"', JSON.stringify(claims()))],
    ['a header that is a string', () => rawSigned('"HS256"', JSON.stringify(claims()))],
    ['a payload that is not JSON', () => rawSigned(HS256, JSON.stringify(claims()).slice(1))],
    ['a payload that is an array', () => rawSigned(HS256, JSON.stringify([claims()]))],
    ['a payload that is null', () => rawSigned(HS256, 'null')],
    [
      'a payload that is not UTF-8',
      () => {
        const [header] = partsOf(ours());
        const payload = Buffer.concat([
          Buffer.from(JSON.stringify(claims()).slice(0, -1)),
          Buffer.from([0xff, 0x7d]),
        ]).toString('base64url');
        const input = `${header}.${payload}`;
        return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
      },
    ],
    ['alg none, unsigned', () => `${b64({ alg: 'none', typ: 'JWT' })}.${partsOf(ours())[1]}.`],
    [
      'alg none with the genuine signature kept',
      () => {
        const [, payload, signature] = partsOf(ours());
        return `${b64({ alg: 'none', typ: 'JWT' })}.${payload}.${signature}`;
      },
    ],
    [
      'a tampered payload (signature kept)',
      () => {
        const [header, , signature] = partsOf(ours());
        return `${header}.${b64(claims({ roles: ['ADMIN'] }))}.${signature}`;
      },
    ],
    [
      'a tampered signature (one character changed)',
      () => {
        const token = ours();
        const last = token.at(-2) === 'A' ? 'B' : 'A';
        return `${token.slice(0, -2)}${last}${token.at(-1)}`;
      },
    ],
    ['a truncated signature', () => ours().slice(0, -1)],
    ['a signature with padding', () => `${ours()}=`],
    ['a signature with a character outside base64url', () => `${ours().slice(0, -1)}+`],
    ['two segments', () => partsOf(ours()).slice(0, 2).join('.')],
    ['four segments', () => `${ours()}.${partsOf(ours())[2]}`],
    ['an empty payload segment', () => `${partsOf(ours())[0]}..${partsOf(ours())[2]}`],
    ['garbage', () => 'a.b.c'],
    ['an empty string', () => ''],
  ];
  function ours() {
    return issueToken(caller, {
      secret,
      ttlSeconds: 600,
      issuedAt: new Date(now.getTime() - 60_000),
    }).token;
  }

  it.each(REFUSED)('rejects %s', async (_label, tokenOf) => {
    expect(verifyToken(await tokenOf(), secret, now)).toBeUndefined();
  });

  it('the genuine token passes at the same instant (the cases above fail for their flaw)', () => {
    expect(verifyToken(ours(), secret, now)).toEqual(caller);
  });

  it('drops roles it does not know', () => {
    const { token } = issueToken(
      { ...caller, roles: ['INSURED', 'ROOT' as never] },
      { secret, ttlSeconds: 600 },
    );
    expect(verifyToken(token, secret)?.roles).toEqual(['INSURED']);
  });
});
