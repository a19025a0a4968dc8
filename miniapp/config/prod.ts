// Release builds: Taro minifies by default in production. Its mini-program terser settings print
// strings ASCII-only, so every Chinese character of the message catalogue costs 6 bytes
// (`\u9690`) instead of UTF-8's 3: about 19 KB of the 400 KB main package. Mini-program
// sources are UTF-8, so print them as they are.
import type { UserConfigExport } from '@tarojs/cli';

export default {
  terser: { enable: true, config: { output: { ascii_only: false } } },
  mini: {},
  h5: {},
} satisfies UserConfigExport<'webpack5'>;
