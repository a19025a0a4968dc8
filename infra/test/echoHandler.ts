// A function that answers with the event it was given: the tests of the local API server read
// what API Gateway's emulation passed (apiServer.test.ts). It sets a CORS header of its own,
// which API Gateway ignores when the API configures CORS.
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

export let invocations = 0;

export async function handler(
  event: APIGatewayProxyEventV2,
): Promise<APIGatewayProxyStructuredResultV2> {
  invocations += 1;
  return {
    statusCode: 200,
    headers: {
      'content-type': 'application/json',
      'access-control-allow-origin': 'https://evil.example',
    },
    cookies: ['session=1; HttpOnly', 'theme=dark'],
    body: JSON.stringify({ ...event, body: undefined, bodyBytes: event.body?.length ?? 0 }),
  };
}

export async function failing(): Promise<APIGatewayProxyStructuredResultV2> {
  throw new Error('the function failed');
}
