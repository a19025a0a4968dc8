// GET /v1/filings/{id}/audit → AuditEntry[] (owner and agents of the person; reviewers of its region).
import { ok } from '../../middleware/respond';
import { filingAudit } from '../../services/audit/filingAudit';
import { route } from '../route';
import { filingIdOf } from './bodies';

export const { handler, build } = route({ auth: true }, async (request) => {
  const filingId = filingIdOf(request.param('id'));
  return ok(await filingAudit(request.runtime.store, request.caller, filingId));
});
