// GET /v1/openapi.json (public) → the OpenAPI 3.1 document generated from the route contracts.
// It serves the committed docs/openapi.json (bundled as data), which CI keeps equal to what the
// contracts generate, so the Lambda carries no schema converter.
import { openApiRoute } from '@yidi/shared';
import document from '../../../../docs/openapi.json';
import { contractRoute } from '../contractRoute';
import { documentsRecipe } from '../../runtime/recipes';

export const { handler, build } = contractRoute(
  openApiRoute,
  async ({ respond }) => respond(document),
  { runtime: documentsRecipe },
);
