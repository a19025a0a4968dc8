// POST /v1/filings/{id}/admissions (Idempotency-Key required) → Filing: an admission, or the
// discharge of the open one (AH-13-2, YJ-9, PZH-4-2-2).
import { admissionBodySchema } from '@yidi/shared';
import { recordAdmission } from '../../services/filings';
import { ok } from '../../middleware/respond';
import { parseBody, route } from '../route';
import { filingIdOf } from './bodies';
import { filingDeps } from './deps';
import { filingReplay } from '../replays/filing';

export const { handler, build } = route(
  { auth: true, idempotency: 'required', replay: filingReplay },
  async (request) => {
    const filingId = filingIdOf(request.param('id'));
    const body = parseBody(admissionBodySchema, request.body);
    return ok(
      await recordAdmission(filingDeps(request, ok), request.caller, { filingId, ...body }),
    );
  },
);
