// Calendar dates ('YYYY-MM-DD', China Standard Time) and instants (ISO-8601 with an offset).
import * as z from 'zod/mini';
import { isValidIsoDate } from '../calendar';

/** A real calendar date 'YYYY-MM-DD'; `label` names the field in the messages. */
export function isoDateSchemaFor(label: string) {
  return z
    .string({ error: `请填写${label}` })
    .check(
      z.refine(isValidIsoDate, { error: `${label}不正确，请按“年-月-日”填写，例如 2026-05-01` }),
    );
}

export const isoDateSchema = isoDateSchemaFor('日期');

/** An instant with its offset, as the server writes it: '2026-05-01T09:30:00+08:00' or '…Z'. */
export const instantSchema = z.iso.datetime({ offset: true, error: '时间格式不正确' });
