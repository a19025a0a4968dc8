export default definePageConfig({ navigationBarTitleText: '选择备案类别' });
