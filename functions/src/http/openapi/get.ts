// GET /v1/openapi.json (public) → the OpenAPI 3.1 document generated from the route contracts.
// It serves the committed docs/openapi.json (bundled as data), which CI keeps equal to what the
// contracts generate, so the Lambda carries no schema converter. ~110 KB of JSON, it is sent
// gzipped (~10 KB) to a client that accepts it, compressed once per cold start.
import { openApiRoute } from '@yidi/shared';
import document from '../../../../docs/openapi.json';
import { compressedFor } from '../../middleware/compression';
import { contractRoute } from '../contractRoute';
import { documentsRecipe } from '../../runtime/recipes';

const compressed: { gzipped?: string } = {};

export const { handler, build } = contractRoute(
  openApiRoute,
  async ({ event, respond }) => compressedFor(event, respond(document), compressed),
  { runtime: documentsRecipe },
);
