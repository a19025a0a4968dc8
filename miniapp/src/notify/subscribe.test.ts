import { taroDouble } from '../../test/mocks/taro';
import { answersByPurpose, askOnSubmit } from './subscribe';

const TEMPLATES = { review: 'TPL-R', reminder: 'TPL-D', status: '' };

function onWeapp(run: () => Promise<void>) {
  return async () => {
    const previous = process.env.TARO_ENV;
    process.env.TARO_ENV = 'weapp';
    (globalThis as Record<string, unknown>).SUBSCRIBE_TEMPLATES = JSON.stringify(TEMPLATES);
    try {
      await run();
    } finally {
      if (previous === undefined) delete process.env.TARO_ENV;
      else process.env.TARO_ENV = previous;
      delete (globalThis as Record<string, unknown>).SUBSCRIBE_TEMPLATES;
    }
  };
}

describe('askOnSubmit', () => {
  it(
    'asks for the review and reminder templates and reports what was accepted',
    onWeapp(async () => {
      taroDouble.answerSubscriptions({ 'TPL-R': 'accept', 'TPL-D': 'reject' });
      taroDouble.respondWith(() => ({
        statusCode: 200,
        data: { grants: { review: 1, reminder: 0, status: 0 } },
      }));
      await askOnSubmit();
      expect(taroDouble.subscribeRequests).toEqual([['TPL-R', 'TPL-D']]);
      expect(taroDouble.requests).toHaveLength(1);
      expect(taroDouble.requests[0]).toMatchObject({
        method: 'POST',
        url: expect.stringMatching(/\/me\/subscriptions$/),
        data: { templates: { review: 'accept', reminder: 'reject' } },
      });
    }),
  );

  it(
    'reports nothing when nothing was accepted',
    onWeapp(async () => {
      taroDouble.answerSubscriptions({ 'TPL-R': 'reject', 'TPL-D': 'ban' });
      await askOnSubmit();
      expect(taroDouble.subscribeRequests).toHaveLength(1);
      expect(taroDouble.requests).toHaveLength(0);
    }),
  );

  it('skips the request on H5', async () => {
    process.env.TARO_ENV = 'h5';
    await askOnSubmit();
    delete process.env.TARO_ENV;
    expect(taroDouble.subscribeRequests).toHaveLength(0);
  });
});

describe('answersByPurpose', () => {
  it('maps WeChat answers per template id back to purposes, dropping unknown answers', () => {
    expect(
      answersByPurpose(
        { review: 'A', reminder: 'B', status: 'C' },
        { A: 'accept', B: 'filter', C: 'something', errMsg: 'ok' },
      ),
    ).toEqual({ review: 'accept', reminder: 'filter' });
  });
});
