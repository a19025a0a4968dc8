// Every string the user reads, in one place. Plain words, short sentences: many users are
// elderly, and many act for a parent.

export const zh = {
  app: {
    title: '异地就医备案',
  },
  common: {
    loading: '正在加载，请稍候……',
    retry: '重新加载',
    networkError: '网络连接不上，请检查网络后再试。',
    unexpectedResponse: '系统返回的内容看不懂，请稍后再试。',
  },
  login: {
    title: '登录',
    intro: '登录后可以为自己或家人办理异地就医备案。',
    wechatButton: '微信一键登录',
    devHeading: '选择演示账号（仅本地开发环境）',
    devButton: '登录',
    submitting: '正在登录……',
    failed: '登录没有成功，请再试一次。',
  },
  home: {
    title: '首页',
    welcome: '您好，欢迎使用异地就医备案',
    personsHeading: '可以办理的参保人',
    noPersons: '还没有添加参保人。',
    idNumberLabel: '身份证号',
    insuranceTypeLabel: '参保类型',
    relationshipLabel: '与您的关系',
    authorizationPending: '等待本人确认授权',
    staffQueueButton: '进入审核工作台',
    largeTextOn: '切换到大字',
    largeTextOff: '恢复标准字号',
    logout: '退出登录',
  },
  staff: {
    queueTitle: '待审核的备案',
    queuePlaceholder: '审核队列正在建设中。',
  },
  demoUsers: {
    alice: '阿丽（参保人本人）',
    bob: '阿博（为父母代办）',
    carol: '卡萝（医保经办审核员）',
  },
} as const;
