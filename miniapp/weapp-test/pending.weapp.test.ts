// Flows of issue 12 whose screens other branches are building (privacy popup and policy page:
// the "miniapp UX" work; real-name verification and consent step: the "trust" work; withdrawing
// an agent). Hooks, not fakes: each becomes a test here once its pages exist. The harness is
// ready for them: wx.onNeedPrivacyAuthorization handlers are recorded (runtime.state.
// privacyHandlers) and wx.startFacialRecognitionVerify answers with a dev verifier result.
describe('flows waiting for their screens', () => {
  it.todo(
    'privacy authorization: the popup on wx.onNeedPrivacyAuthorization, agreed before chooseImage',
  );
  it.todo(
    'real-name verification (wx.startFacialRecognitionVerify → POST /v1/me/identity) and adding oneself',
  );
  it.todo('withdrawing an agent from the consent page');
});
