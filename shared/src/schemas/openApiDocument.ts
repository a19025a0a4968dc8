// GET /v1/openapi.json: the shape a client may rely on (the document itself: docs/openapi.json).
import * as z from 'zod/mini';

/** GET /v1/openapi.json: an OpenAPI 3.1 document (docs/openapi.json). */
export const openApiDocumentSchema = z.looseObject({
  openapi: z.string(),
  info: z.looseObject({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.unknown()),
});
