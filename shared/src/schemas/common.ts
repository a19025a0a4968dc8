// Small building blocks the request and response schemas share: ids, versions, plain text.
import * as z from 'zod/mini';

const ENTITY_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * An id the server issued (person, material, filing …). The format is the server's business;
 * we only refuse what cannot be one, with a message that tells the user what to redo.
 */
export function entityIdSchema(message: string) {
  return z.string({ error: message }).check(z.regex(ENTITY_ID_PATTERN, { error: message }));
}

/**
 * Filing and material ids carry their person: `<personId>_<unique>`, the unique part (a UUID on
 * the server) without '_', so the id splits at its last '_' whatever the person id holds. The
 * server reads the person's link in the same request as the filing or material (one round trip).
 */
const UNIQUE_PART_PATTERN = /^[A-Za-z0-9-]{1,64}$/;

export interface CompositeId {
  personId: string;
  unique: string;
}

/** The two halves of a filing or material id, or undefined when it cannot be one. */
export function parseCompositeId(id: string): CompositeId | undefined {
  const cut = id.lastIndexOf('_');
  if (cut < 0) return undefined;
  const personId = id.slice(0, cut);
  const unique = id.slice(cut + 1);
  if (!ENTITY_ID_PATTERN.test(personId) || !UNIQUE_PART_PATTERN.test(unique)) return undefined;
  return { personId, unique };
}

/** `<personId>_<unique>`; throws RangeError if either half could not be read back. */
export function composeId(personId: string, unique: string): string {
  const id = `${personId}_${unique}`;
  const parsed = parseCompositeId(id);
  if (parsed?.personId !== personId || parsed.unique !== unique) {
    throw new RangeError('Not a valid person id and unique part');
  }
  return id;
}

/** A filing or material id (see parseCompositeId), with the field's own message. */
export function compositeIdSchema(message: string) {
  return z
    .string({ error: message })
    .check(z.refine((id) => parseCompositeId(id) !== undefined, { error: message }));
}

export const personIdSchema = entityIdSchema('请选择参保人');
export const materialIdSchema = compositeIdSchema('材料编号不正确，请重新上传这份材料');
export const filingIdSchema = compositeIdSchema('备案编号不正确');

/** docs/api.md: updates carry the version the user saw; a stale one is 409 VERSION_CONFLICT. */
export const expectedVersionSchema = z
  .number({ error: '缺少版本号，请刷新页面后重试' })
  .check(
    z.int({ error: '版本号不正确，请刷新页面后重试' }),
    z.minimum(1, { error: '版本号不正确，请刷新页面后重试' }),
    z.maximum(1_000_000, { error: '版本号不正确，请刷新页面后重试' }),
  );

export const versionSchema = z.number().check(z.int(), z.minimum(1));

/** Idempotency-Key header: a UUID chosen by the client for one submission. */
export const idempotencyKeySchema = z.uuid({ error: '提交编号不正确，请重新提交' });

/**
 * Characters no one types into a form: C0/C1 controls (a line break only where the field is
 * multi-line), DEL, zero-width and bidirectional overrides (they make a text read differently
 * on screen than in the record, and break CSV exports and logs).
 */
const CONTROL_CHARACTERS =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u200B-\u200F\u2028\u2029\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;

/** True when `value` holds a character refused in free text (see CONTROL_CHARACTERS). */
export function hasControlCharacters(value: string, { multiline = false } = {}): boolean {
  return CONTROL_CHARACTERS.test(value) || (!multiline && value.includes('\n'));
}

/** The check every free-text field carries; `label` names the field in the message. */
export function noControlCharacters(label: string, options: { multiline?: boolean } = {}) {
  return z.refine<string>((value) => !hasControlCharacters(value, options), {
    error: `${label}中有无法显示的字符（如换行、控制符），请删掉后重新填写`,
  });
}

/** Free text a person types: trimmed, bounded, no control characters, plain messages. */
export function plainTextSchema(
  label: string,
  {
    min = 1,
    max = 200,
    multiline = false,
  }: { min?: number; max?: number; multiline?: boolean } = {},
) {
  const missing = `请填写${label}`;
  return z
    .string({ error: missing })
    .check(
      z.trim(),
      z.minLength(1, { error: missing }),
      z.minLength(min, { error: `${label}太短，请写完整` }),
      z.maxLength(max, { error: `${label}不能超过${max}个字` }),
      noControlCharacters(label, { multiline }),
    );
}

/** A list of material ids without repeats (the same file twice is a slip, not more proof). */
export function materialIdListSchema(
  { min = 0, max = 30 }: { min?: number; max?: number } = {},
  emptyMessage = '请至少上传一份材料',
) {
  return z.array(materialIdSchema, { error: '材料清单不正确，请重新上传' }).check(
    z.minLength(min, { error: emptyMessage }),
    z.maxLength(max, { error: `一次最多提交${max}份材料` }),
    z.refine((ids) => new Set(ids).size === ids.length, {
      error: '同一份材料重复提交了，请删掉重复的一份',
    }),
  );
}
