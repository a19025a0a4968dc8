// Uploaded proof (docs/api.md "Materials"): the client declares type, size and hash first and gets a
// presigned upload limited to exactly that.
import * as z from 'zod/mini';
import { docTypeSchema, materialContentTypeSchema } from './enums';
import { compositeIdSchema, personIdSchema } from './common';
import { instantSchema } from './dates';

export const MAX_MATERIAL_SIZE_BYTES = 10 * 1024 * 1024;

export const materialSizeSchema = z
  .number({ error: '文件大小不正确，请重新选择文件' })
  .check(
    z.int({ error: '文件大小不正确，请重新选择文件' }),
    z.minimum(1, { error: '这个文件是空的，请重新选择' }),
    z.maximum(MAX_MATERIAL_SIZE_BYTES, { error: '文件不能超过10MB，请换一张小一些的照片或文件' }),
  );

/** Hex SHA-256 of the file; stored lowercase so the same file always compares equal. */
export const sha256Schema = z.string({ error: '缺少文件校验码，请重新选择文件上传' }).check(
  z.regex(/^[0-9a-fA-F]{64}$/, { error: '文件校验码不正确，请重新选择文件上传' }),
  z.overwrite((value) => value.toLowerCase()),
);

/** POST /v1/materials. */
export const createMaterialBodySchema = z.object(
  {
    personId: personIdSchema,
    docType: docTypeSchema,
    contentType: materialContentTypeSchema,
    size: materialSizeSchema,
    sha256: sha256Schema,
  },
  { error: '请选择要上传的材料' },
);
export type CreateMaterialBody = z.infer<typeof createMaterialBodySchema>;
export type CreateMaterialBodyInput = z.input<typeof createMaterialBodySchema>;

/** A presigned upload: PUT with `headers`, or a browser-style POST with form `fields`. */
export const presignedUploadSchema = z.object({
  url: z.string(),
  method: z.enum(['PUT', 'POST']),
  headers: z.optional(z.record(z.string(), z.string())),
  fields: z.optional(z.record(z.string(), z.string())),
  expiresAt: instantSchema,
});
export type PresignedUpload = z.infer<typeof presignedUploadSchema>;

export const createMaterialResponseSchema = z.object({
  id: compositeIdSchema('材料编号不正确'),
  upload: presignedUploadSchema,
});
export type CreateMaterialResponse = z.infer<typeof createMaterialResponseSchema>;

/** GET /v1/materials/{id}: metadata and, once uploaded, a short-lived download link. */
export const materialSchema = z.object({
  id: compositeIdSchema('材料编号不正确'),
  personId: z.string(),
  docType: docTypeSchema,
  contentType: materialContentTypeSchema,
  size: z.number().check(z.int()),
  sha256: z.string(),
  createdAt: instantSchema,
  uploaded: z.optional(z.boolean()),
  /** The server checked the stored file (size, type by its first bytes, SHA-256). */
  verified: z.optional(z.boolean()),
  download: z.optional(z.object({ url: z.string(), expiresAt: instantSchema })),
});
export type Material = z.infer<typeof materialSchema>;
