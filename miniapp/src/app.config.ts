// The main package holds only login and home; every other flow is a subpackage so the insured
// download little up front (WeChat limits the main package to 2 MB), and reviewers' pages
// never reach the insured at all.
export default defineAppConfig({
  pages: ['pages/index/index', 'pages/login/index'],
  subPackages: [
    { root: 'family', pages: ['add/index', 'consent/index', 'identity/index'] },
    { root: 'filing', pages: ['wizard/index', 'new/index', 'detail/index', 'action/index'] },
    { root: 'inbox', pages: ['messages/index'] },
    { root: 'claims', pages: ['new/index', 'detail/index', 'list/index'] },
    { root: 'staff', pages: ['queue/index', 'review/index', 'claims/index', 'claim/index'] },
    { root: 'about', pages: ['privacy/index'] },
  ],
  // WeChat's privacy check (base library ≥ 2.32.3): privacy APIs wait for the user's agreement,
  // asked by PrivacyPopup through wx.onNeedPrivacyAuthorization (privacy/privacyAuthorization.ts).
  __usePrivacyCheck__: true,
  window: {
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '异地就医备案',
    navigationBarTextStyle: 'black',
  },
});
