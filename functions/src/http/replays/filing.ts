import { getFiling, type FilingView } from '../../services/filings';
import type { RuntimeWith } from '../../runtime';
import { callerOf, pathParameter, type RouteReplay } from './common';

/**
 * A filing's state changes (filing, supplement, change, cancellation, review decisions …):
 * GET /v1/filings/{id} of the filing, as it is now.
 */
export const filingReplay: RouteReplay<
  RuntimeWith<'filings' | 'materials' | 'agentLinks', 'calendars'>
> = {
  referenceOf: (result) => {
    const view = result as FilingView;
    return { kind: 'filing', id: view.id, version: view.version };
  },
  read: ({ store, calendars }, reference, scope) =>
    getFiling({ store, clock: scope.clock, calendars }, callerOf(scope), {
      filingId: reference.id,
    }),
};

/**
 * A change to an existing filing, named by the path parameter `param`: replayed as filingReplay,
 * its record kept on the version it writes (store/idempotency).
 */
const changeOn = (param: string): typeof filingReplay => ({
  ...filingReplay,
  recordsOnFiling: (event) => pathParameter(event, param),
});

/** POST /v1/filings/{id}/… (supplement, change, cancellation, extension, admission …). */
export const filingChangeReplay = changeOn('id');
/** POST /v1/review/{filingId}/… (decisions). */
export const reviewedFilingReplay = changeOn('filingId');
