// Deployed secrets live in SSM Parameter Store as SecureStrings under the stage's SECRETS_PATH
// (`/yidi/<stage>/`), not in the function's environment: an environment value is visible to
// anyone who can read the function's configuration, and it would be baked in at deploy time.
// Each container reads them once at cold start (decrypted, via KMS) and keeps them in memory.
// client-ssm comes from the Lambda runtime (serverless.yml custom.esbuild.exclude).

/** Parameter names under SECRETS_PATH, by the setting each one supplies. */
export const SECRET_PARAMETERS = {
  JWT_SECRET: 'jwt-secret',
  ID_HMAC_KEY: 'id-hmac-key',
  ID_ENCRYPTION_KEY: 'id-encryption-key',
  WECHAT_APP_SECRET: 'wechat-app-secret',
} as const;

export type SecretName = keyof typeof SECRET_PARAMETERS;
export const SECRET_NAMES = Object.keys(SECRET_PARAMETERS) as SecretName[];
export type DeployedSecrets = Partial<Record<SecretName, string>>;

/** Where secrets come from; tests inject one, deployed stages use SSM. */
export interface SecretSource {
  /** Every parameter directly under `path`, by its last name segment, decrypted. */
  read(path: string): Promise<Record<string, string>>;
}

export function ssmSecretSource(region: string): SecretSource {
  return {
    async read(path) {
      const { SSMClient, GetParametersByPathCommand } = await import('@aws-sdk/client-ssm');
      const client = new SSMClient({ region });
      const values: Record<string, string> = {};
      try {
        let nextToken: string | undefined;
        do {
          const page = await client.send(
            new GetParametersByPathCommand({
              Path: path,
              WithDecryption: true,
              Recursive: false,
              ...(nextToken ? { NextToken: nextToken } : {}),
            }),
          );
          for (const parameter of page.Parameters ?? []) {
            const name = parameter.Name?.slice(parameter.Name.lastIndexOf('/') + 1);
            if (name && parameter.Value !== undefined) values[name] = parameter.Value;
          }
          nextToken = page.NextToken;
        } while (nextToken);
      } finally {
        client.destroy();
      }
      return values;
    },
  };
}

export async function loadDeployedSecrets(
  source: SecretSource,
  path: string,
): Promise<DeployedSecrets> {
  const values = await source.read(path.endsWith('/') ? path : `${path}/`);
  const secrets: DeployedSecrets = {};
  for (const name of SECRET_NAMES) {
    const value = values[SECRET_PARAMETERS[name]];
    if (value) secrets[name] = value;
  }
  return secrets;
}
