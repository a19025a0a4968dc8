import { createHash } from 'node:crypto';
import { build as buildCreateMaterial } from '../src/http/materials/create';
import { build as buildGetMaterial } from '../src/http/materials/get';
import { build as buildCreatePerson } from '../src/http/persons/create';
import type { Runtime } from '../src/runtime';
import { invoke, loginAs, verifyAs } from './support/http';
import { testPerson } from './support/people';
import { testRuntime } from './support/testRuntime';

let runtime: Runtime;
let token: string;
let personId: string;
const file = Buffer.from('%PDF-1.4 test file');

beforeAll(async () => {
  runtime = await testRuntime();
  ({ token } = await loginAs(runtime, 'uploader'));
  const self = testPerson({ name: '林黛玉' });
  await verifyAs(runtime, token, self);
  const person = await invoke(buildCreatePerson(runtime), {
    routeKey: 'POST /v1/persons',
    token,
    body: self,
  });
  personId = person.body.id;
});

const createMaterial = (body: Record<string, unknown>, as = token) =>
  invoke(buildCreateMaterial(runtime), { routeKey: 'POST /v1/materials', token: as, body });
const getMaterial = (id: string, as = token) =>
  invoke(buildGetMaterial(runtime), {
    routeKey: 'GET /v1/materials/{id}',
    pathParameters: { id },
    token: as,
  });
const validBody = () => ({
  personId,
  docType: 'HOUSEHOLD_REGISTER',
  contentType: 'application/pdf',
  size: file.length,
  sha256: createHash('sha256').update(file).digest('hex'),
});

describe('POST /v1/materials and GET /v1/materials/{id}', () => {
  it('returns a presigned POST pinned to type and size; the file then shows as uploaded', async () => {
    const created = await createMaterial(validBody());
    expect(created.status).toBe(201);
    const { upload } = created.body;
    expect(upload.method).toBe('POST');
    expect(upload.fields['Content-Type']).toBe('application/pdf');
    const policy = JSON.parse(Buffer.from(upload.fields.Policy, 'base64').toString('utf8'));
    expect(policy.conditions).toEqual(
      expect.arrayContaining([
        ['content-length-range', file.length, file.length],
        ['eq', '$Content-Type', 'application/pdf'],
      ]),
    );

    expect((await getMaterial(created.body.id)).body).toMatchObject({
      uploaded: false,
      verified: false,
      personId,
    });

    const form = new FormData();
    for (const [name, value] of Object.entries(upload.fields as Record<string, string>)) {
      form.append(name, value);
    }
    form.append('file', new Blob([file], { type: 'application/pdf' }));
    const posted = await fetch(upload.url, { method: 'POST', body: form });
    expect(posted.status).toBeLessThan(300);

    const fetched = await getMaterial(created.body.id);
    expect(fetched.status).toBe(200);
    expect(fetched.body).toMatchObject({
      uploaded: true,
      verified: true,
      docType: 'HOUSEHOLD_REGISTER',
    });
    const download = await fetch(fetched.body.download.url);
    expect(Buffer.from(await download.arrayBuffer())).toEqual(file);
    // Saved as a file of the verified type, never rendered inline.
    expect(download.headers.get('content-disposition')).toMatch(/^attachment/);
    expect(download.headers.get('content-type')).toBe('application/pdf');
  });

  it.each([
    ['a type we do not take', { contentType: 'image/gif' }, 'contentType'],
    ['more than 10 MB', { size: 10 * 1024 * 1024 + 1 }, 'size'],
    ['an empty file', { size: 0 }, 'size'],
    ['a bad checksum', { sha256: 'xyz' }, 'sha256'],
    ['an unknown document type', { docType: 'SELFIE' }, 'docType'],
  ])('refuses %s (422)', async (_label, change, field) => {
    const response = await createMaterial({ ...validBody(), ...change });
    expect(response.status).toBe(422);
    expect(response.body.error.fields[field]).toMatch(/\p{Script=Han}/u);
  });

  it('hides another user’s material and person (404)', async () => {
    const created = await createMaterial(validBody());
    const stranger = await loginAs(runtime, 'material-stranger');
    expect((await getMaterial(created.body.id, stranger.token)).status).toBe(404);
    expect((await createMaterial(validBody(), stranger.token)).status).toBe(404);
    expect((await getMaterial('no-such-material')).status).toBe(404);
  });
});
