// PUT /v1/admin/calendar/{year} (ADMIN) {restDays, makeUpWorkdays, source?} → the import report:
// the State Council's schedule of the year, checked, stored, and every open deadline recounted.
import { adminCalendarRoute } from '@yidi/shared';
import { importScheduleAs } from '../../services/calendar/importSchedule';
import { contractRoute } from '../contractRoute';
import { calendarImportRecipe } from '../../runtime/recipes';

export const { handler, build } = contractRoute(
  adminCalendarRoute,
  async (request) =>
    request.respond(
      await importScheduleAs(
        {
          store: request.runtime.store,
          clock: request.scope.clock,
          calendars: request.runtime.calendars,
          logger: request.scope.logger,
        },
        request.caller,
        request.param('year'),
        request.body,
      ),
    ),
  { runtime: calendarImportRecipe },
);
