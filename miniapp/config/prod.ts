// Release builds: Taro minifies by default in production; nothing to add yet.
import type { UserConfigExport } from '@tarojs/cli';

export default {
  mini: {},
  h5: {},
} satisfies UserConfigExport<'webpack5'>;
