// GET /v1/regions (public) → the pooling regions with a policy; routes.regionsList.
import { routes } from '@yidi/shared';
import { listRegions } from '../../services/regions/policies';
import { contractRoute } from '../contractRoute';

export const { handler, build } = contractRoute(routes.regionsList, async ({ respond }) =>
  respond(listRegions()),
);
