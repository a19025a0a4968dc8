// The error-code catalogue of docs/api.md with HTTP status and the default Chinese message. A rule
// refusal from the policy engine usually carries a more precise message; this is the fallback.

export const ERROR_CATALOGUE = {
  VALIDATION_FAILED: { status: 422, message: '填写的信息有误，请按提示修改后再提交。' },
  MALFORMED_REQUEST: { status: 400, message: '请求格式不正确。' },
  UNAUTHENTICATED: { status: 401, message: '登录已失效，请重新登录。' },
  FORBIDDEN: { status: 403, message: '您没有权限进行此操作。' },
  NOT_FOUND: { status: 404, message: '没有找到相关记录。' },
  TOO_MANY_REQUESTS: { status: 429, message: '操作太频繁，请稍后再试。' },
  INTERNAL_ERROR: { status: 500, message: '系统繁忙，请稍后再试。您填写的内容没有丢失。' },
  VERSION_CONFLICT: {
    status: 409,
    message: '这份备案刚刚被修改过，请刷新后查看最新内容再操作。',
  },
  IDEMPOTENCY_KEY_REUSED: {
    status: 409,
    message: '同一次提交的内容发生了变化，请重新提交。',
  },
  ACTIVE_FILING_EXISTS: {
    status: 409,
    message: '该参保人已有一份有效的长期备案，如需调整请办理变更。',
  },
  NOT_ELIGIBLE: { status: 409, message: '根据参保地政策，暂不符合该类别的备案条件。' },
  DESTINATION_INVALID: { status: 409, message: '就医地不符合要求。' },
  START_DATE_IN_PAST: { status: 409, message: '开始日期不能早于申请当天。' },
  COMMITMENT_NOT_ALLOWED: {
    status: 409,
    message: '该类别不能以个人承诺代替证明材料，请上传材料。',
  },
  MATERIALS_INCOMPLETE: { status: 409, message: '证明材料还不齐全。' },
  CHANGE_LOCKED: { status: 409, message: '目前还不能办理变更。' },
  COMMITMENT_OPEN: {
    status: 409,
    message: '您的承诺尚未兑现，请先补齐证明材料再办理变更。',
  },
  CANCEL_LOCKED: { status: 409, message: '目前还不能取消备案。' },
  FILING_NOT_ACTIVE: { status: 409, message: '这份备案当前的状态不能办理此项业务。' },
  EMERGENCY_DEEMED_FILED: {
    status: 409,
    message: '异地急诊抢救视同已备案，无需办理备案，可直接就医结算。',
  },
  RETRO_FILING_AFTER_DISCHARGE: {
    status: 409,
    message: '急诊抢救补办备案须在出院结算前办理，出院后不能再补办。',
  },
  AGENT_NOT_AUTHORIZED: {
    status: 403,
    message: '参保人本人还没有确认授权，暂不能代为办理。',
  },
  NOT_APPLICABLE: { status: 409, message: '这份备案不适用此项业务。' },
  // PZH-4-4: never "cannot be filed" — the channel is the phone (其它备案).
  PHONE_FILING_REQUIRED: {
    status: 409,
    message: '这种情况请拨打参保地医保经办机构电话办理备案（其它备案）。',
  },
  EXTENSION_PENDING: {
    status: 409,
    message: '延期申请已提交，正在等待医保经办机构审批。',
  },
  NO_PENDING_EXTENSION: { status: 409, message: '这份备案没有待审批的延期申请。' },
  ADMISSION_INVALID: { status: 409, message: '入院或出院信息不符合要求，请核对后再提交。' },
  IDENTITY_NOT_VERIFIED: {
    status: 409,
    message: '请先完成实名认证（本人刷脸核验），再登记参保人或代办业务。',
  },
  IDENTITY_MISMATCH: {
    status: 409,
    message: '填写的姓名或身份证号码与您实名认证的信息不一致。为家人登记请选择与参保人的关系。',
  },
  IDENTITY_ALREADY_VERIFIED: {
    status: 409,
    message: '您的账号已完成实名认证，认证信息不能更改。',
  },
  IDENTITY_VERIFICATION_FAILED: {
    status: 409,
    message: '刷脸核验没有通过，请确认是本人操作，姓名和身份证号码填写正确后重试。',
  },
  CONFLICT_OF_INTEREST: {
    status: 403,
    message: '这份备案与您本人有关（您是参保人的代办人或经办人），按规定须由其他审核人员处理。',
  },
  CONSENT_REQUIRED: {
    status: 409,
    message: '请阅读并单独同意处理参保人的敏感个人信息后再提交。',
  },
  MATERIAL_NOT_VERIFIED: {
    status: 422,
    message: '有材料还没有上传成功或没有通过检查，请重新上传后再提交。',
  },
  /** The database (or another service we depend on) did not answer: try again shortly. */
  SERVICE_UNAVAILABLE: {
    status: 503,
    message: '系统暂时无法处理，请稍后再试。您填写的内容没有丢失。',
  },
  // 零星报销 (AH-47): the claim came after its last day; `rule` and `until` (that last day).
  CLAIM_DEADLINE_PASSED: {
    status: 409,
    message: '已超过零星报销的申请期限，按规定视为放弃医保报销。',
  },
  CLAIM_NOT_OPEN: { status: 409, message: '这份报销申请当前的状态不能办理此项业务。' },
  REQUEST_TOO_LARGE: { status: 400, message: '提交的内容太多或层次太深，请检查后重新提交。' },
  /** A `cursor` this server did not give out for this query (forged, altered or for another list). */
  CURSOR_INVALID: { status: 400, message: '翻页位置已失效，请从第一页重新加载。' },
} as const;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;
export const ERROR_CODES = Object.keys(ERROR_CATALOGUE) as ErrorCode[];

export function httpStatusOf(code: ErrorCode): number {
  return ERROR_CATALOGUE[code].status;
}
export function defaultMessageOf(code: ErrorCode): string {
  return ERROR_CATALOGUE[code].message;
}
