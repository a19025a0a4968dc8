import * as z from 'zod/mini';
import { AppError } from '../errors';
import { toAppError } from './errorMapper';

describe('toAppError', () => {
  it('keeps an AppError as it is', () => {
    const refusal = new AppError('CHANGE_LOCKED', { rule: 'AH-14-1', until: '2027-05-22' });
    expect(toAppError(refusal)).toBe(refusal);
  });

  it('turns a zod error into 422 VALIDATION_FAILED with fields', () => {
    // The error a zod/mini schema throws, as a route's parse would let it escape.
    const thrown = (() => {
      try {
        z.object({ a: z.string({ error: '请填写姓名' }) }).parse({});
      } catch (error) {
        return error;
      }
    })();
    const mapped = toAppError(thrown);
    expect(mapped?.code).toBe('VALIDATION_FAILED');
    expect(mapped?.status).toBe(422);
    expect(mapped?.toBody().error.fields).toEqual({ a: '请填写姓名' });
  });

  it.each([
    'ProvisionedThroughputExceededException',
    'ThrottlingException',
    'RequestLimitExceeded',
  ])(
    'DynamoDB throttling left after retries (%s) is 429 with a Chinese message, not a 500',
    (name) => {
      const throttled = Object.assign(new Error('throttled'), { name });
      const mapped = toAppError(throttled);
      expect(mapped?.code).toBe('TOO_MANY_REQUESTS');
      expect(mapped?.status).toBe(429);
      expect(mapped?.message).toMatch(/[\u4e00-\u9fff]/);
    },
  );

  it('leaves any other error unknown (a 500 whose details go to the log only)', () => {
    expect(toAppError(new TypeError('boom'))).toBeUndefined();
  });
});
