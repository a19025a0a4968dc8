import {
  createMaterialBodySchema,
  createMaterialResponseSchema,
  MAX_MATERIAL_SIZE_BYTES,
  materialSchema,
} from './material';
import { fieldsOf, validCreateMaterial } from './testExamples';

describe('createMaterialBodySchema', () => {
  it('accepts a valid body and lowercases the hash', () => {
    expect(createMaterialBodySchema.parse(validCreateMaterial)).toEqual({
      ...validCreateMaterial,
      sha256: 'a'.repeat(64),
    });
  });

  it.each([
    ['image/png', 1],
    ['application/pdf', MAX_MATERIAL_SIZE_BYTES],
  ])('accepts %s of %d bytes', (contentType, size) => {
    expect(
      createMaterialBodySchema.safeParse({ ...validCreateMaterial, contentType, size }).success,
    ).toBe(true);
  });

  it.each([
    ['contentType', { contentType: 'image/gif' }, '只能上传 JPG、PNG 格式的照片或 PDF 文件'],
    ['size', { size: 0 }, '这个文件是空的，请重新选择'],
    ['size', { size: MAX_MATERIAL_SIZE_BYTES + 1 }, '文件不能超过10MB，请换一张小一些的照片或文件'],
    ['size', { size: 12.5 }, '文件大小不正确，请重新选择文件'],
    ['size', { size: '1024' }, '文件大小不正确，请重新选择文件'],
    ['sha256', { sha256: 'a'.repeat(63) }, '文件校验码不正确，请重新选择文件上传'],
    ['sha256', { sha256: 'g'.repeat(64) }, '文件校验码不正确，请重新选择文件上传'],
    ['docType', { docType: 'PASSPORT' }, '材料类型不正确'],
    ['personId', { personId: null }, '请选择参保人'],
  ])('refuses a bad %s', (field, change, message) => {
    expect(fieldsOf(createMaterialBodySchema, { ...validCreateMaterial, ...change })).toEqual({
      [field]: message,
    });
  });
});

describe('material responses', () => {
  it('accepts a presigned PUT upload and the metadata with a download link', () => {
    const expiresAt = '2026-11-20T10:15:00+08:00';
    expect(
      createMaterialResponseSchema.safeParse({
        id: 'mat_1',
        upload: {
          url: 'http://localhost:4569/b/k',
          method: 'PUT',
          headers: { 'Content-Type': 'image/jpeg' },
          expiresAt,
        },
      }).success,
    ).toBe(true);
    expect(
      materialSchema.safeParse({
        ...validCreateMaterial,
        id: 'mat_1',
        createdAt: expiresAt,
        download: { url: 'http://localhost:4569/b/k?sig', expiresAt },
      }).success,
    ).toBe(true);
  });

  it('refuses an upload method the client cannot follow', () => {
    expect(
      createMaterialResponseSchema.safeParse({
        id: 'mat_1',
        upload: { url: 'u', method: 'GET', expiresAt: '2026-11-20T10:15:00+08:00' },
      }).success,
    ).toBe(false);
  });
});
