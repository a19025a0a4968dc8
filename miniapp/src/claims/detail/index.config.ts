export default definePageConfig({ navigationBarTitleText: '零星报销' });
