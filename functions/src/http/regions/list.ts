import { ok } from '../../middleware/respond';
import { listRegions } from '../../services/regions/policies';
import { route } from '../route';

export const { handler, build } = route({ auth: false }, async () => ok(listRegions()));
