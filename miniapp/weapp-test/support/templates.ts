// What the WXML side would make of the data: Taro compresses node names and props to numbers
// ("nn": "14", "p2": false) and base.wxml maps them back (<template name="tmpl_0_14"> is a
// <button> whose disabled="{{i.p2}}" and which binds tap, touchstart… to `eh`). The templates
// are not executed; this reads the mapping so tests see `button`/`disabled`, and so an event is
// only delivered to an element whose template binds it, as on a phone.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RenderedNode } from './tree';

export interface TemplateInfo {
  tag: string;
  events: Set<string>;
  /** p-alias → attribute name ("p2" → "disabled"). */
  props: Map<string, string>;
}

export function readTemplates(weappDir: string): Map<string, TemplateInfo> {
  const source = readFileSync(join(weappDir, 'base.wxml'), 'utf8');
  const templates = new Map<string, TemplateInfo>();
  for (const match of source.matchAll(
    /<template name="tmpl_0_([^"]+)">\s*([\s\S]*?)<\/template>/g,
  )) {
    const [, name = '', body = ''] = match;
    const tag = /^<([\w-]+)/.exec(body)?.[1];
    if (!tag || tag === 'template') continue;
    const info: TemplateInfo = {
      tag: tag === 'block' ? '#text' : tag,
      events: new Set([...body.matchAll(/(?:bind|catch)(\w+)="eh"/g)].map((m) => m[1]!)),
      props: new Map(
        [...body.matchAll(/([\w-]+)="\{\{(?:xs\.b\()?i\.(p\d+)/g)].map((m) => [m[2]!, m[1]!]),
      ),
    };
    // Inputs and textareas come in focus/blur variants of one component.
    templates.set(name.replace(/_(focus|blur)$/, ''), info);
  }
  return templates;
}

/** A copy of the tree with real tag and attribute names; `_nn` keeps Taro's number. */
export function readable(node: RenderedNode, templates: Map<string, TemplateInfo>): RenderedNode {
  const info = node.nn !== undefined ? templates.get(node.nn) : undefined;
  const copy: RenderedNode = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'cn') continue;
    if (key === 'nn') {
      copy.nn = info?.tag ?? String(value);
      copy._nn = value;
      continue;
    }
    copy[info?.props.get(key) ?? key] = value;
  }
  if (node.cn) copy.cn = node.cn.map((child) => readable(child, templates));
  return copy;
}
