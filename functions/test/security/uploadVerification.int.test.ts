// A material counts only once the server has checked the stored object (docs/api.md "Materials"):
// size, type by its first bytes, SHA-256 against the declared one. Against DynamoDB Local and
// s3rver: HTML uploaded as a PDF, a wrong SHA-256 and a never-uploaded material cannot be cited;
// good JPEG, PNG and PDF files can; a file replaced after its check is unchecked again; the
// ObjectCreated handler records the same verdict; downloads are attachments of the verified type.
import type { S3Event } from 'aws-lambda';
import type { MaterialContentType } from '@yidi/shared';
import { buildVerifyUpload, materialIdOfObjectKey } from '../../src/events/verifyUpload';
import { build as buildCreateFiling } from '../../src/http/filings/create';
import { build as buildSupplement } from '../../src/http/filings/supplement';
import { build as buildCreateMaterial } from '../../src/http/materials/create';
import { build as buildGetMaterial } from '../../src/http/materials/get';
import { createLogger } from '../../src/middleware/logging';
import type { Runtime } from '../../src/runtime';
import {
  call,
  chinaMorning,
  testPerson,
  testRuntime,
  testUser,
  type TestUser,
} from '../filings.support';
import { envelopeProblem } from '../robustness/envelope';
import { putObject, sampleFile, sha256Of } from '../support/uploads';

const REGION = '340100';
const FILED_ON = '2026-12-15';

let runtime: Runtime;
let user: TestUser;
let personId: string;

beforeAll(async () => {
  runtime = await testRuntime({ logger: createLogger({ level: 'SILENT' }) });
});
// One active long-term filing per person (and one SELF person per account): each case files for
// a person, and as an account, of its own.
beforeEach(async () => {
  user = await testUser(runtime);
  personId = (await testPerson(runtime, user, { insuredRegion: REGION })).id;
});

interface Declared {
  contentType: MaterialContentType;
  size: number;
  sha256: string;
}

/** POST /v1/materials as the app does; returns the id and where the file goes. */
async function declare(declared: Declared, docType = 'RESIDENCE_PERMIT') {
  const created = await call<{ id: string }>(runtime, buildCreateMaterial, 'POST /v1/materials', {
    user,
    body: { personId, docType, ...declared },
  });
  expect(created.status).toBe(201);
  return { id: created.body.id, objectKey: `materials/${personId}/${created.body.id}` };
}

const fileWith = (materialId: string) =>
  call(runtime, buildCreateFiling, 'POST /v1/filings', {
    user,
    clock: chinaMorning(FILED_ON),
    body: {
      personId,
      category: 'LONG_TERM_RESIDENT',
      destination: { code: '310000' },
      startDate: FILED_ON,
      contact: { address: '上海市徐汇区漕溪北路1号', phone: '13912345678' },
      proof: { kind: 'MATERIALS', materialIds: [materialId] },
      facts: { residenceMonths: 12 },
    },
  });

const getMaterial = (id: string) =>
  call<{ verified: boolean; uploaded: boolean; download?: { url: string } }>(
    runtime,
    buildGetMaterial,
    'GET /v1/materials/{id}',
    { user, params: { id } },
  );

function expectNotVerified(response: Awaited<ReturnType<typeof fileWith>>, field: string) {
  expect(response.status).toBe(422);
  expect(envelopeProblem(response)).toBeUndefined();
  expect(response.body.error).toMatchObject({ code: 'MATERIAL_NOT_VERIFIED' });
  expect(Object.keys((response.body.error as { fields: object }).fields)).toEqual([field]);
}

describe('refused', () => {
  it('HTML uploaded under a PDF declaration (right size and SHA-256, wrong first bytes)', async () => {
    const html = Buffer.from('<!doctype html><script>alert(document.cookie)</script>');
    const material = await declare({
      contentType: 'application/pdf',
      size: html.length,
      sha256: sha256Of(html),
    });
    await putObject(runtime, material.objectKey, html, 'application/pdf');
    expectNotVerified(await fileWith(material.id), 'proof.materialIds');
    expect(await runtime.store.materials.get(material.id)).toMatchObject({
      verification: { status: 'FAILED', reason: 'TYPE' },
    });
    expect((await getMaterial(material.id)).body).toMatchObject({ verified: false });
    expect((await getMaterial(material.id)).body.download).toBeUndefined();
  });

  it('a file whose SHA-256 is not the declared one', async () => {
    const jpeg = sampleFile('image/jpeg');
    const material = await declare({
      contentType: 'image/jpeg',
      size: jpeg.length,
      sha256: sha256Of(sampleFile('image/jpeg')),
    });
    await putObject(runtime, material.objectKey, jpeg, 'image/jpeg');
    expectNotVerified(await fileWith(material.id), 'proof.materialIds');
    expect(await runtime.store.materials.get(material.id)).toMatchObject({
      verification: { status: 'FAILED', reason: 'SHA256' },
    });
  });

  it('a file of another size than declared', async () => {
    const jpeg = sampleFile('image/jpeg', 800);
    const material = await declare({
      contentType: 'image/jpeg',
      size: 700,
      sha256: sha256Of(jpeg),
    });
    await putObject(runtime, material.objectKey, jpeg, 'image/jpeg');
    expectNotVerified(await fileWith(material.id), 'proof.materialIds');
  });

  it('a material that was never uploaded (nothing recorded: the upload may still come)', async () => {
    const jpeg = sampleFile('image/jpeg');
    const material = await declare({
      contentType: 'image/jpeg',
      size: jpeg.length,
      sha256: sha256Of(jpeg),
    });
    expectNotVerified(await fileWith(material.id), 'proof.materialIds');
    expect((await runtime.store.materials.get(material.id))?.verification).toBeUndefined();
    // Uploaded later, it counts.
    await putObject(runtime, material.objectKey, jpeg, 'image/jpeg');
    expect((await fileWith(material.id)).status).toBe(201);
  });

  it('a supplement citing an unverified material names its field', async () => {
    // A filing under a commitment, so that a supplement applies (AH-13-1): the table refuses a
    // supplement that cannot apply before any material is read.
    const good = sampleFile('image/png');
    const signature = await declare(
      {
        contentType: 'image/png',
        size: good.length,
        sha256: sha256Of(good),
      },
      'COMMITMENT_SIGNATURE',
    );
    await putObject(runtime, signature.objectKey, good, 'image/png');
    const filed = await call(runtime, buildCreateFiling, 'POST /v1/filings', {
      user,
      clock: chinaMorning(FILED_ON),
      body: {
        personId,
        category: 'LONG_TERM_RESIDENT',
        destination: { code: '310000' },
        startDate: FILED_ON,
        contact: { address: '上海市徐汇区漕溪北路1号', phone: '13912345678' },
        proof: {
          kind: 'COMMITMENT',
          missing: ['RESIDENCE_PERMIT'],
          signatureMaterialId: signature.id,
        },
      },
    });
    expect(filed.body.error).toBeUndefined();
    const missing = await declare({ contentType: 'image/png', size: 100, sha256: 'b'.repeat(64) });
    const supplement = await call(runtime, buildSupplement, 'POST /v1/filings/{id}/supplements', {
      user,
      clock: chinaMorning(FILED_ON),
      params: { id: filed.body.id },
      body: { materialIds: [missing.id], expectedVersion: filed.body.version },
    });
    expectNotVerified(supplement, 'materialIds');
  });
});

describe.each<[MaterialContentType]>([['image/jpeg'], ['image/png'], ['application/pdf']])(
  'a good %s',
  (contentType) => {
    it('is verified on first use, recorded once, and can be cited', async () => {
      const bytes = sampleFile(contentType, 2000);
      const material = await declare({ contentType, size: bytes.length, sha256: sha256Of(bytes) });
      const etag = await putObject(runtime, material.objectKey, bytes, contentType);
      const filed = await fileWith(material.id);
      expect(filed.status).toBe(201);
      expect(await runtime.store.materials.get(material.id)).toMatchObject({
        verification: { status: 'VERIFIED', contentType, etag },
      });
    });

    it('downloads as an attachment of the verified type', async () => {
      const bytes = sampleFile(contentType, 1500);
      const material = await declare({ contentType, size: bytes.length, sha256: sha256Of(bytes) });
      await putObject(runtime, material.objectKey, bytes, contentType);
      const fetched = await getMaterial(material.id);
      expect(fetched.body).toMatchObject({ verified: true, uploaded: true });
      const download = await fetch(fetched.body.download!.url);
      expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename="/);
      expect(download.headers.get('content-type')).toBe(contentType);
      expect(Buffer.from(await download.arrayBuffer())).toEqual(bytes);
    });
  },
);

it('a file replaced after its check (another ETag) is unchecked again, and fails as the new file', async () => {
  const bytes = sampleFile('image/jpeg');
  const material = await declare({
    contentType: 'image/jpeg',
    size: bytes.length,
    sha256: sha256Of(bytes),
  });
  await putObject(runtime, material.objectKey, bytes, 'image/jpeg');
  expect((await getMaterial(material.id)).body.verified).toBe(true);
  expect((await fileWith(material.id)).status).toBe(201);
  // Same size and type, other content: the recorded verdict was for the old ETag.
  await putObject(
    runtime,
    material.objectKey,
    sampleFile('image/jpeg', bytes.length),
    'image/jpeg',
  );
  const fetched = await getMaterial(material.id);
  expect(fetched.body).toMatchObject({ verified: false });
  expect(fetched.body.download).toBeUndefined();
});

describe('the ObjectCreated handler (deployed path)', () => {
  const eventFor = (objectKey: string): S3Event =>
    ({
      Records: [
        {
          eventName: 'ObjectCreated:Post',
          s3: {
            bucket: { name: runtime.config.bucketName },
            object: { key: encodeURIComponent(objectKey).replace(/%2F/g, '/') },
          },
        },
      ],
    }) as unknown as S3Event;

  it('records VERIFIED for a good upload and FAILED for a bad one; a filing then reads the verdict', async () => {
    const verify = buildVerifyUpload(runtime);
    const good = sampleFile('application/pdf');
    const goodMaterial = await declare({
      contentType: 'application/pdf',
      size: good.length,
      sha256: sha256Of(good),
    });
    await putObject(runtime, goodMaterial.objectKey, good, 'application/pdf');
    expect(await verify(eventFor(goodMaterial.objectKey))).toEqual({
      verified: 1,
      failed: 0,
      unknown: 0,
    });
    expect(await runtime.store.materials.get(goodMaterial.id)).toMatchObject({
      verification: { status: 'VERIFIED', contentType: 'application/pdf' },
    });

    const html = Buffer.from('<html><body>not a pdf</body></html>');
    const bad = await declare({
      contentType: 'application/pdf',
      size: html.length,
      sha256: sha256Of(html),
    });
    await putObject(runtime, bad.objectKey, html, 'application/pdf');
    expect(await verify(eventFor(bad.objectKey))).toEqual({ verified: 0, failed: 1, unknown: 0 });
    expectNotVerified(await fileWith(bad.id), 'proof.materialIds');
  });

  it('ignores objects that name no material', async () => {
    const verify = buildVerifyUpload(runtime);
    expect(
      await verify(eventFor('materials/nobody/nobody_00000000-0000-0000-0000-000000000000')),
    ).toEqual({
      verified: 0,
      failed: 0,
      unknown: 1,
    });
    expect(materialIdOfObjectKey('elsewhere/x')).toBeUndefined();
    expect(materialIdOfObjectKey('materials/p%E4/x')).toBeUndefined();
  });
});
