// Uploads: POST /v1/materials refuses a wrong type or size before signing anything, and the
// presigned POST it returns binds S3 to the declared type and exact size. s3rver does not enforce
// policy conditions, so the test reads the signed policy document itself and checks that the
// signature covers it (a client cannot loosen the conditions without breaking the signature).
import { createHmac } from 'node:crypto';
import { build as buildCreateMaterial } from '../../src/http/materials/create';
import type { Runtime } from '../../src/runtime';
import { call, testPerson, testRuntime, testUser, type TestUser } from '../filings.support';
import { envelopeProblem } from '../robustness/envelope';

const TEN_MB = 10 * 1024 * 1024;
let runtime: Runtime;
let user: TestUser;
let personId: string;

beforeAll(async () => {
  runtime = await testRuntime();
  user = await testUser(runtime);
  personId = (await testPerson(runtime, user, { insuredRegion: '340100' })).id;
});

const upload = (contentType: unknown, size: unknown) =>
  call<{
    id: string;
    upload: { fields: Record<string, string> };
    error?: { fields?: Record<string, string> };
  }>(runtime, buildCreateMaterial, 'POST /v1/materials', {
    user,
    body: { personId, docType: 'IDENTITY', contentType, size, sha256: 'f'.repeat(64) },
  });

describe('declared type and size', () => {
  it.each([
    ['an executable', 'application/x-msdownload', 1000],
    ['HTML (stored XSS)', 'text/html', 1000],
    ['SVG (scriptable image)', 'image/svg+xml', 1000],
    ['a GIF', 'image/gif', 1000],
    ['more than 10 MB', 'image/jpeg', TEN_MB + 1],
    ['an empty file', 'image/jpeg', 0],
    ['a negative size', 'image/png', -1],
    ['a fractional size', 'image/png', 10.5],
  ])('refuses %s (422)', async (_label, contentType, size) => {
    const response = await upload(contentType, size);
    expect(response.status).toBe(422);
    expect(envelopeProblem(response)).toBeUndefined();
  });
});

function signingKey(secret: string, date: string, region: string): Buffer {
  const hmac = (key: string | Buffer, data: string) =>
    createHmac('sha256', key).update(data).digest();
  return hmac(hmac(hmac(hmac(`AWS4${secret}`, date), region), 's3'), 'aws4_request');
}

describe.each([
  ['image/jpeg', 2_345_678],
  ['application/pdf', TEN_MB],
])('the presigned POST for %s of %d bytes', (contentType, size) => {
  it('pins the exact size, the type, the bucket and the key, expires in 15 minutes, and is signed', async () => {
    const response = await upload(contentType, size);
    expect(response.status).toBe(201);
    const { fields } = response.body.upload;
    const policy = JSON.parse(Buffer.from(fields.Policy!, 'base64').toString('utf8')) as {
      expiration: string;
      conditions: unknown[];
    };
    expect(policy.conditions).toEqual(
      expect.arrayContaining([
        ['content-length-range', size, size],
        ['eq', '$Content-Type', contentType],
        { bucket: runtime.config.bucketName },
        { key: `materials/${personId}/${response.body.id}` },
      ]),
    );
    // No condition lets the client choose another key, type or size.
    expect(JSON.stringify(policy.conditions)).not.toMatch(/starts-with/);
    const minutesLeft = (Date.parse(policy.expiration) - Date.now()) / 60_000;
    expect(minutesLeft).toBeGreaterThan(13);
    expect(minutesLeft).toBeLessThanOrEqual(15.1);

    // SigV4 for POST policies: HMAC of the base64 policy with the derived key (s3rver's keys).
    const date = fields['X-Amz-Date']!.slice(0, 8);
    const expected = createHmac('sha256', signingKey('S3RVER', date, runtime.config.region))
      .update(fields.Policy!)
      .digest('hex');
    expect(fields['X-Amz-Signature']).toBe(expected);
    const loosened = Buffer.from(
      JSON.stringify({ ...policy, conditions: [['content-length-range', 0, TEN_MB * 100]] }),
    ).toString('base64');
    expect(
      createHmac('sha256', signingKey('S3RVER', date, runtime.config.region))
        .update(loosened)
        .digest('hex'),
    ).not.toBe(fields['X-Amz-Signature']);
  });
});
