// Taro build configuration, shared by every platform; dev.ts and prod.ts adjust it per mode.
// Each platform writes its own folder so a weapp build never overwrites the H5 one (docs/architecture.md).
import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import type { IMiniAppConfig } from '@tarojs/taro/types/compile';
import devConfig from './dev';
import prodConfig from './prod';

const DEFAULT_API_BASE = 'http://localhost:3000/v1';

/**
 * `@yidi/shared` ships TypeScript source and is symlinked into node_modules. Webpack resolves the
 * symlink to this real path, which Taro's script rule (src/ and Taro's own packages) does not
 * cover: without `compile.include` the TypeScript reaches the bundle untranspiled and the
 * build fails.
 */
const SHARED_SOURCE = path.resolve(__dirname, '../../shared/src');

type WebpackChain = Parameters<NonNullable<IMiniAppConfig['webpackChain']>>[0];

/**
 * shared/src is pure by design (no I/O, docs/architecture.md), so modules nobody imports can be dropped.
 * Its package.json says nothing about side effects, and then every import from '@yidi/shared'
 * would bundle all of it.
 */
function treeShakeShared(chain: WebpackChain) {
  chain.module
    .rule('yidi-shared-side-effect-free')
    .merge({ include: [SHARED_SOURCE], sideEffects: false });
}

export default defineConfig<'webpack5'>(async (merge) => {
  const platform = process.env.TARO_ENV ?? 'weapp';
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'yidi-jiuyi-miniapp',
    date: '2026-11-23',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${platform}`,
    // WeChat's aria-* attributes in the weapp templates (see the plugin).
    plugins: [path.resolve(__dirname, 'weappAria.ts')],
    defineConstants: {
      API_BASE: JSON.stringify(process.env.API_BASE ?? DEFAULT_API_BASE),
      // WeChat subscribe-message template ids per purpose, registered per AppID; the same
      // variables tell the server's notifier which template each message uses.
      SUBSCRIBE_TEMPLATES: JSON.stringify(
        JSON.stringify({
          review: process.env.WECHAT_TEMPLATE_REVIEW_RESULT ?? '',
          reminder: process.env.WECHAT_TEMPLATE_REMINDER ?? '',
          status: process.env.WECHAT_TEMPLATE_STATUS ?? '',
        }),
      ),
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      compile: { include: [SHARED_SOURCE] },
      postcss: {
        pxtransform: { enable: true, config: {} },
      },
      webpackChain(chain) {
        treeShakeShared(chain);
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      compile: { include: [SHARED_SOURCE] },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
      },
      webpackChain(chain) {
        treeShakeShared(chain);
        // Taro splits only initial chunks on H5, so each lazily loaded page would carry its own
        // copy of zod and @yidi/shared; split the async page chunks as well.
        chain.optimization.merge({ splitChunks: { chunks: 'all' } });
      },
    },
  };
  const modeConfig = process.env.NODE_ENV === 'development' ? devConfig : prodConfig;
  return merge({}, baseConfig, modeConfig);
});
