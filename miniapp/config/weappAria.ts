// Taro plugin: WeChat reads aria-role / aria-label / aria-checked on its components (无障碍), but
// Taro's weapp templates render only the attributes they list, so these were dropped. This adds
// them to the templates at build time; src/a11y/weappAria.ts adds the same list to the runtime,
// so both number the attributes alike (Taro aliases attribute names by their sorted position).
import type { IPluginContext } from '@tarojs/service';
import attributes from '../src/a11y/weappAriaAttributes.json';

interface MiniPlatform {
  platform: string;
  template?: { mergeComponents(ctx: IPluginContext, patch: object): void };
}

export default (ctx: IPluginContext) => {
  ctx.registerMethod({
    name: 'onSetupClose',
    fn(platform: MiniPlatform) {
      if (platform.platform !== 'weapp' || !platform.template) return;
      const patch: Record<string, Record<string, string>> = {};
      for (const [component, attrs] of Object.entries(attributes)) {
        // The template's default for "no value": WeChat then reads nothing.
        patch[component] = Object.fromEntries(Object.keys(attrs).map((attr) => [attr, "''"]));
      }
      platform.template.mergeComponents(ctx, patch);
    },
  });
};
