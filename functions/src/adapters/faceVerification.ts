// Real-name verification (实名认证) behind one interface: the WeChat face-verification check
// (微信人脸核身) for deployed stages, a stand-in for local and test.
//
// The app runs wx.startFacialRecognitionVerify({name, idCardNumber}) and gets a `verifyResult`.
// A client-side "success" proves nothing, so the server asks WeChat about that result ("再次获取
// 核验结果" in WeChat's 人脸核身 integration guide, developers.weixin.qq.com/community — the guide
// says to always call it):
//   POST https://api.weixin.qq.com/cityservice/face/identify/getinfo?access_token=ACCESS_TOKEN
//   {"verify_result": "<verifyResult>"}
//   → {errcode, errmsg, identify_ret, identify_time, validate_data, openid, user_id_key,
//      finish_time, id_card_number_md5, name_utf8_md5}
// identify_ret 0 means the face matched the authoritative record of that ID number. The answer
// names the person only by MD5 of the ID number and of the UTF-8 name, so we compare those with
// what the user submitted, and the openid with the caller's own (a result is not transferable).
// WeChat's newer flow (getVerifyId → wx.requestFacialVerify → POST cityservice/face/identify/
// queryverifyinfo {verify_id, out_seq_no, cert_hash, openid} → verify_ret 10000) would sit behind
// the same interface.
import { createHash } from 'node:crypto';
import type { AccessTokenSource } from '../services/notifications/wechatNotifier';

export interface FaceVerificationInput {
  verifyResult: string;
  /** The caller's WeChat openid (the login subject). */
  openid: string;
  name: string;
  idNumber: string;
}

/** VERIFIED only when WeChat confirms this very person did the face check on this account. */
export type FaceVerificationOutcome = 'VERIFIED' | 'REJECTED';

export interface FaceVerificationClient {
  confirm(input: FaceVerificationInput): Promise<FaceVerificationOutcome>;
}

export const WECHAT_API_BASE = 'https://api.weixin.qq.com';
const GETINFO_PATH = '/cityservice/face/identify/getinfo';

const md5 = (value: string) => createHash('md5').update(value, 'utf8').digest('hex');
const sameHex = (a: unknown, b: string) => typeof a === 'string' && a.toLowerCase() === b;

/** The real client. `baseUrl` and `fetchImpl` are injectable (tests run a local fake server). */
export function wechatFaceVerificationClient(input: {
  accessToken: AccessTokenSource;
  baseUrl?: string;
  fetchImpl?: typeof fetch;
}): FaceVerificationClient {
  const fetchImpl = input.fetchImpl ?? fetch;
  const base = input.baseUrl ?? WECHAT_API_BASE;
  return {
    async confirm({ verifyResult, openid, name, idNumber }) {
      const token = await input.accessToken.token();
      const response = await fetchImpl(
        `${base}${GETINFO_PATH}?access_token=${encodeURIComponent(token)}`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ verify_result: verifyResult }),
          signal: AbortSignal.timeout(5000),
        },
      );
      if (!response.ok) throw new Error(`face identify getinfo HTTP ${response.status}`);
      const result = (await response.json()) as {
        errcode?: number;
        identify_ret?: number;
        openid?: string;
        id_card_number_md5?: string;
        name_utf8_md5?: string;
      };
      // A non-zero errcode for a well-formed call means the result is unknown, used or expired.
      if (result.errcode) return 'REJECTED';
      const confirmed =
        result.identify_ret === 0 &&
        result.openid === openid &&
        sameHex(result.id_card_number_md5, md5(idNumber)) &&
        sameHex(result.name_utf8_md5, md5(name));
      return confirmed ? 'VERIFIED' : 'REJECTED';
    },
  };
}

/**
 * Local/test stand-in for WeChat's check (like fakeWechatSessionClient): any result is accepted
 * except 'invalid'. Only built when the stage has no WeChat credentials and is not deployed.
 */
export function fakeFaceVerificationClient(): FaceVerificationClient {
  return {
    async confirm({ verifyResult }) {
      return verifyResult === 'invalid' ? 'REJECTED' : 'VERIFIED';
    },
  };
}
