// GET /v1/filings?personId=&status= → Filing[] (newest first).
import { filingListQuerySchema } from '@yidi/shared';
import { listFilings } from '../../services/filings';
import { ok } from '../../middleware/respond';
import { parseBody, route } from '../route';
import { filingDeps } from './deps';

export const { handler, build } = route({ auth: true }, async (request) => {
  const query = parseBody(filingListQuerySchema, {
    personId: request.query('personId') || undefined,
    status: request.query('status') || undefined,
  });
  return ok(await listFilings(filingDeps(request), request.caller, query));
});
