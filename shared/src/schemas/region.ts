// GB/T 2260 codes of the provinces and prefecture-level cities a person is insured in or files to.
import * as z from 'zod/mini';
import { isRegionCode } from '../regions';
import { destinationLevelSchema } from './enums';

const SIX_DIGITS = /^\d{6}$/;

/** 6 digits and a known province or city; `label` names the field in the messages. */
export function regionCodeSchemaFor(label: string) {
  return z
    .string({ error: `请选择${label}` })
    .check(
      z.regex(SIX_DIGITS, { error: `${label}代码应为6位数字，请从列表中选择` }),
      z.refine(isRegionCode, { error: `没有找到这个${label}，请从列表中重新选择` }),
    );
}

export const regionCodeSchema = regionCodeSchemaFor('地区');
export const insuredRegionSchema = regionCodeSchemaFor('参保地');

/** Request side: the destination is chosen by code; the server fills in name and level. */
export const destinationSchema = z.object(
  { code: regionCodeSchemaFor('就医地') },
  { error: '请选择就医地' },
);
export type DestinationInput = z.infer<typeof destinationSchema>;

export const destinationResponseSchema = z.object({
  code: regionCodeSchema,
  name: z.string(),
  level: destinationLevelSchema,
});
export type Destination = z.infer<typeof destinationResponseSchema>;
