// Request bodies of the filing routes: the shared schemas, plus what the engine needs that the
// shared schemas do not carry yet (the wizard's eligibility facts; a supplemented proof's end date).
import {
  createFilingBodySchema,
  isoDateSchemaFor,
  supplementBodySchema,
  filingIdSchema,
} from '@yidi/shared';
import * as z from 'zod';
import { notFound } from '../../errors';

export const eligibilityFactsSchema = z.object(
  {
    retired: z.boolean({ error: '请选择是否已经退休' }).optional(),
    residenceMonths: z.int({ error: '居住月数应为整数' }).min(0).max(1200).optional(),
    workMonths: z.int({ error: '工作月数应为整数' }).min(0).max(1200).optional(),
    student: z.boolean({ error: '请选择是否为学生' }).optional(),
    hukouMoved: z.boolean({ error: '请选择户籍是否已经迁入' }).optional(),
  },
  { error: '请回答资格问题' },
);

export const fileFilingBodySchema = createFilingBodySchema.safeExtend({
  facts: eligibilityFactsSchema.optional(),
});

export const supplementFilingBodySchema = supplementBodySchema.extend({
  proofEndDate: isoDateSchemaFor('证明材料的截止日期').optional(),
});

/** The {id} path parameter; a malformed one cannot name a filing: 404 like any unknown id. */
export function filingIdOf(raw: string): string {
  const parsed = filingIdSchema.safeParse(raw);
  if (!parsed.success) throw notFound();
  return parsed.data;
}
