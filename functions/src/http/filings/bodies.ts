// Request bodies of the filing routes: the shared schemas, plus what the engine needs that the
// shared schemas do not carry yet (the wizard's eligibility facts; a supplemented proof's end date).
import {
  STUDENT_SITUATIONS,
  createFilingBodySchema,
  isoDateSchemaFor,
  supplementBodySchema,
  filingIdSchema,
} from '@yidi/shared';
import * as z from 'zod/mini';
import { notFound } from '../../errors';

export const eligibilityFactsSchema = z.object(
  {
    retired: z.optional(z.boolean({ error: '请选择是否已经退休' })),
    residenceMonths: z.optional(
      z.int({ error: '居住月数应为整数' }).check(z.minimum(0), z.maximum(1200)),
    ),
    workMonths: z.optional(
      z.int({ error: '工作月数应为整数' }).check(z.minimum(0), z.maximum(1200)),
    ),
    student: z.optional(z.boolean({ error: '请选择是否为学生' })),
    // YJ-5: only some student situations count as a stationed worker.
    studentSituation: z.optional(z.enum(STUDENT_SITUATIONS, { error: '请选择学生目前的情况' })),
    hukouMoved: z.optional(z.boolean({ error: '请选择户籍是否已经迁入' })),
  },
  { error: '请回答资格问题' },
);

export const fileFilingBodySchema = z.safeExtend(createFilingBodySchema, {
  facts: z.optional(eligibilityFactsSchema),
});

export const supplementFilingBodySchema = z.extend(supplementBodySchema, {
  proofEndDate: z.optional(isoDateSchemaFor('证明材料的截止日期')),
});

/** The {id} path parameter; a malformed one cannot name a filing: 404 like any unknown id. */
export function filingIdOf(raw: string): string {
  const parsed = filingIdSchema.safeParse(raw);
  if (!parsed.success) throw notFound();
  return parsed.data;
}
