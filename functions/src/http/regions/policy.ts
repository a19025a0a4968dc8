// GET /v1/regions/{code}/policy (public) → the region's effective policy; regionsPolicyRoute.
import { regionsPolicyRoute } from '@yidi/shared';
import { regionPolicy } from '../../services/regions/policies';
import { contractRoute } from '../contractRoute';
import { documentsRecipe } from '../../runtime/recipes';

export const { handler, build } = contractRoute(
  regionsPolicyRoute,
  async ({ param, respond }) => respond(regionPolicy(param('code'))),
  { runtime: documentsRecipe },
);
