export default definePageConfig({ navigationBarTitleText: '我的零星报销' });
