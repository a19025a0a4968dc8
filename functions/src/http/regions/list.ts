// GET /v1/regions (public) → the pooling regions with a policy; regionsListRoute.
import { regionsListRoute } from '@yidi/shared';
import { listRegions } from '../../services/regions/policies';
import { contractRoute } from '../contractRoute';
import { documentsRecipe } from '../../runtime/recipes';

export const { handler, build } = contractRoute(
  regionsListRoute,
  async ({ respond }) => respond(listRegions()),
  { runtime: documentsRecipe },
);
