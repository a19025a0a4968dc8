import { devKeys } from './devKeys';
import { ConfigError, loadStageConfig } from './stage';

const realSecrets = {
  JWT_SECRET: 'a-real-production-secret-of-sufficient-length-000001',
  ID_HMAC_KEY: Buffer.alloc(32, 7).toString('base64'),
  ID_ENCRYPTION_KEY: Buffer.alloc(32, 9).toString('base64'),
  WECHAT_APP_SECRET: 'secret',
};
const deployedEnv = { WECHAT_APP_ID: 'wx0000000000000000' };

describe('loadStageConfig', () => {
  it.each(['local', 'test'])(
    '%s: starts with the development keys, dev login and X-Clock on',
    (stage) => {
      const config = loadStageConfig({ STAGE: stage, DYNAMODB_ENDPOINT: 'http://127.0.0.1:8000' });
      expect(config).toMatchObject({
        deployed: false,
        allowDevLogin: true,
        honourClockHeader: true,
        fakeWechat: true,
        dynamoEndpoint: 'http://127.0.0.1:8000',
      });
      expect(new TextDecoder().decode(config.jwtSecret)).toBe(devKeys.jwtSecret);
    },
  );

  it.each(['dev', 'prod'])('%s: starts with real secrets; dev login and X-Clock off', (stage) => {
    const config = loadStageConfig({ STAGE: stage, ...deployedEnv }, realSecrets);
    expect(config).toMatchObject({
      deployed: true,
      allowDevLogin: false,
      honourClockHeader: false,
      fakeWechat: false,
    });
  });

  it.each<[string, Record<string, string>, Record<string, string | undefined>]>([
    ['no JWT secret', {}, { JWT_SECRET: undefined }],
    ['the development JWT secret', {}, { JWT_SECRET: devKeys.jwtSecret }],
    ['the development HMAC key', {}, { ID_HMAC_KEY: devKeys.idHmacKey }],
    ['the development encryption key', {}, { ID_ENCRYPTION_KEY: devKeys.idEncryptionKey }],
    ['a DynamoDB Local endpoint', { DYNAMODB_ENDPOINT: 'http://127.0.0.1:8000' }, {}],
    ['an S3 stand-in endpoint', { S3_ENDPOINT: 'http://127.0.0.1:4569' }, {}],
    ['dev login switched on', { ALLOW_DEV_LOGIN: '1' }, {}],
    ['no WeChat credentials', {}, { WECHAT_APP_SECRET: undefined }],
    ['a short JWT secret', {}, { JWT_SECRET: 'short' }],
    ['a secret in the environment instead of SSM', { ID_HMAC_KEY: realSecrets.ID_HMAC_KEY }, {}],
  ])('prod refuses to start with %s', (_label, env, secrets) => {
    expect(() =>
      loadStageConfig({ STAGE: 'prod', ...deployedEnv, ...env }, { ...realSecrets, ...secrets }),
    ).toThrow(ConfigError);
  });

  it.each(['local', 'test', undefined])(
    'inside Lambda, stage %s refuses to start (no dev login or dev keys in AWS)',
    (stage) => {
      expect(() =>
        loadStageConfig({
          ...(stage ? { STAGE: stage } : {}),
          AWS_LAMBDA_FUNCTION_NAME: 'yidi-jiuyi-local-authLogin',
        }),
      ).toThrow(/inside Lambda/);
    },
  );

  it('refuses an unknown stage and a key of the wrong length', () => {
    expect(() => loadStageConfig({ STAGE: 'staging' })).toThrow(ConfigError);
    expect(() => loadStageConfig({ STAGE: 'local', ID_HMAC_KEY: 'c2hvcnQ=' })).toThrow(/32 bytes/);
  });
});
