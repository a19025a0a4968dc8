import { getFiling, type FilingView } from '../../services/filings';
import { callerOf, type RouteReplay } from './common';

/**
 * A filing's state changes (filing, supplement, change, cancellation, review decisions …):
 * GET /v1/filings/{id} of the filing, as it is now.
 */
export const filingReplay: RouteReplay = {
  referenceOf: (result) => {
    const view = result as FilingView;
    return { kind: 'filing', id: view.id, version: view.version };
  },
  read: ({ store, calendars }, reference, scope) =>
    getFiling({ store, clock: scope.clock, calendars }, callerOf(scope), {
      filingId: reference.id,
    }),
};
