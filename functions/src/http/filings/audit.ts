// GET /v1/filings/{id}/audit → AuditEntry[] (owner and agents of the person; reviewers of its region).
import { filingsAuditRoute } from '@yidi/shared';
import { filingAudit } from '../../services/audit/filingAudit';
import { contractRoute } from '../contractRoute';
import { filingsRecipe } from '../../runtime/recipes';
import { filingIdOf } from './bodies';

export const { handler, build } = contractRoute(
  filingsAuditRoute,
  async (request) => {
    const filingId = filingIdOf(request.param('id'));
    return request.respond(await filingAudit(request.runtime.store, request.caller, filingId));
  },
  { runtime: filingsRecipe },
);
