// Pages of the main package, and the reviewers' pages in their own subpackage so that the
// insured never download them (WeChat limits the main package to 2 MB).
export default defineAppConfig({
  pages: ['pages/index/index', 'pages/login/index'],
  subPackages: [{ root: 'staff', pages: ['queue/index'] }],
  window: {
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '异地就医备案',
    navigationBarTextStyle: 'black',
  },
});
