// 实名认证: the account proves it is a real person before adding itself or acting for anyone
// (POST /v1/me/identity). In WeChat the face check runs (wx.startFacialRecognitionVerify) and the
// server confirms its result with WeChat; the H5 build (local and test stages) uses the dev
// stand-in, which deployed stages refuse.
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { Identity } from '@yidi/shared';
import { useEffect, useState } from 'react';
import { isApiError } from '../../api/apiError';
import { getMe, verifyIdentity } from '../../api/client';
import { ErrorText } from '../../components/ErrorText';
import { TextField } from '../../components/TextField';
import { useLargeText } from '../../hooks/useLargeText';
import { zh } from '../../i18n/zh';

/** The face check in WeChat; its result is only a claim until the server has asked WeChat. */
async function faceVerifyResult(name: string, idNumber: string): Promise<string> {
  const start = (
    Taro as unknown as {
      startFacialRecognitionVerify: (options: {
        name: string;
        idCardNumber: string;
        checkAliveType?: number;
      }) => Promise<{ verifyResult: string }>;
    }
  ).startFacialRecognitionVerify;
  const { verifyResult } = await start({ name, idCardNumber: idNumber, checkAliveType: 2 });
  return verifyResult;
}

export default function IdentityPage() {
  const { rootClassName } = useLargeText();
  const [name, setName] = useState('');
  const [idNumber, setIdNumber] = useState('');
  const [identity, setIdentity] = useState<Identity>();
  const [error, setError] = useState<unknown>();
  const [submitting, setSubmitting] = useState(false);

  useEffect(() => {
    getMe().then((me) => setIdentity(me.identity), setError);
  }, []);

  const fields = isApiError(error) ? (error.fields ?? {}) : {};
  const inWechat = process.env.TARO_ENV === 'weapp';

  async function submit() {
    setSubmitting(true);
    setError(undefined);
    try {
      const body = inWechat
        ? {
            provider: 'wechat-face' as const,
            name,
            idNumber,
            verifyResult: await faceVerifyResult(name, idNumber),
          }
        : { provider: 'dev' as const, name, idNumber };
      setIdentity((await verifyIdentity(body)).identity);
    } catch (failure) {
      setError(failure);
    } finally {
      setSubmitting(false);
    }
  }

  if (identity) {
    return (
      <View className={rootClassName}>
        <Text className="title" id="identity-verified">
          ✔ {zh.identity.done}
        </Text>
        <Text className="hint" id="identity-summary">
          {zh.identity.verifiedAs(identity.name, identity.idNumberMasked)}
        </Text>
        <Button
          id="identity-add-self"
          className="button"
          onClick={() => void Taro.redirectTo({ url: '/family/add/index?self=1' })}
        >
          {zh.identity.addSelf}
        </Button>
      </View>
    );
  }

  return (
    <View className={rootClassName}>
      <Text className="title">{zh.identity.title}</Text>
      <Text className="hint">{zh.identity.intro}</Text>
      <TextField
        id="identity-name"
        label={zh.family.nameLabel}
        value={name}
        onChange={setName}
        placeholder={zh.family.namePlaceholder}
        error={fields.name}
      />
      <TextField
        id="identity-id-number"
        label={zh.family.idNumberLabel}
        value={idNumber}
        onChange={setIdNumber}
        type="idcard"
        maxlength={20}
        placeholder={zh.family.idNumberPlaceholder}
        error={fields.idNumber}
      />
      <ErrorText error={error} id="identity-error" />
      <Button
        id="identity-submit"
        className={submitting ? 'button button--disabled' : 'button'}
        disabled={submitting}
        onClick={() => void submit()}
      >
        {inWechat ? zh.identity.verify : zh.identity.devVerify}
      </Button>
    </View>
  );
}
