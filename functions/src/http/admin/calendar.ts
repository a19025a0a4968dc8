// PUT /v1/admin/calendar/{year} (ADMIN) {restDays, makeUpWorkdays, source?} → the import report:
// the State Council's schedule of the year, checked, stored, and every open deadline recounted.
import { officialScheduleBodySchema } from '@yidi/shared';
import { ok } from '../../middleware/respond';
import { importScheduleAs } from '../../services/calendar/importSchedule';
import { parseBody, route } from '../route';

export const { handler, build } = route({ auth: true }, async (request) => {
  const body = parseBody(officialScheduleBodySchema, request.body);
  return ok(
    await importScheduleAs(
      {
        store: request.runtime.store,
        clock: request.scope.clock,
        calendars: request.runtime.calendars,
        logger: request.scope.logger,
      },
      request.caller,
      request.param('year'),
      body,
    ),
  );
});
