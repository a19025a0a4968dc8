import { ok } from '../../middleware/respond';
import { regionPolicy } from '../../services/regions/policies';
import { route } from '../route';

export const { handler, build } = route({ auth: false }, async ({ param }) =>
  ok(regionPolicy(param('code'))),
);
