export default definePageConfig({ navigationBarTitleText: '申请零星报销' });
