// The page as Taro renders it: Taro sends its virtual DOM to the view layer through setData,
// as path-keyed updates ("root.cn.[0].cn.[1].cl": "button"). Applying them to a plain model
// gives what WXML would render from; the helpers below read it like a test reads a screen.
//
// Node fields (Taro's template shortcuts): nn node name, uid element id, sid Taro's id, cn
// children, cl class, st style, v text (nn "#text"); other props keep their own names.

export interface RenderedNode {
  nn?: string;
  uid?: string;
  sid?: string;
  cn?: RenderedNode[];
  cl?: string;
  v?: string;
  [prop: string]: unknown;
}

/** "root.cn.[0].cn[1].cl" → ["root", "cn", 0, "cn", 1, "cl"]. */
export function pathSegments(path: string): (string | number)[] {
  const segments: (string | number)[] = [];
  for (const match of path.matchAll(/\[(\d+)\]|([^.[\]]+)/g)) {
    segments.push(match[1] !== undefined ? Number(match[1]) : match[2]!);
  }
  return segments;
}

function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/** Applies one setData payload to `data` in place, as the view layer would. */
export function applySetData(data: Record<string, unknown>, patch: Record<string, unknown>) {
  for (const [path, value] of Object.entries(patch)) {
    const segments = pathSegments(path);
    let target: Record<string | number, unknown> = data;
    for (const [index, segment] of segments.entries()) {
      if (index === segments.length - 1) {
        // setData copies: the logic layer's objects never reach the view (JSON, as in WeChat).
        target[segment] = clone(value);
        break;
      }
      const next = target[segment];
      if (next === null || typeof next !== 'object') {
        target[segment] = typeof segments[index + 1] === 'number' ? [] : {};
      }
      target = target[segment] as Record<string | number, unknown>;
    }
  }
}

export function* walk(node: RenderedNode | undefined): Generator<RenderedNode> {
  if (!node) return;
  yield node;
  for (const child of node.cn ?? []) yield* walk(child);
}

/** All text under `node`, in document order, joined without separators. */
export function textOf(node: RenderedNode | undefined): string {
  let text = '';
  for (const each of walk(node))
    if (each.nn === '#text' && typeof each.v === 'string') text += each.v;
  return text;
}

/** Nodes whose own text children contain `text`, innermost first matters little: all of them. */
export function findAllByText(root: RenderedNode, text: string | RegExp): RenderedNode[] {
  const matches = (value: string) =>
    typeof text === 'string' ? value.includes(text) : text.test(value);
  const found: RenderedNode[] = [];
  for (const node of walk(root)) {
    if (node.nn === '#text') continue;
    const own = (node.cn ?? [])
      .filter((child) => child.nn === '#text')
      .map((child) => child.v ?? '')
      .join('');
    if (own && matches(own)) found.push(node);
  }
  return found;
}

export function findById(root: RenderedNode, id: string): RenderedNode | undefined {
  for (const node of walk(root)) if (node.uid === id || node.id === id) return node;
  return undefined;
}

export function findAllByIdPrefix(root: RenderedNode, prefix: string): RenderedNode[] {
  return [...walk(root)].filter(
    (node) => typeof node.uid === 'string' && node.uid.startsWith(prefix),
  );
}

/** By a prop such as `data-testid` or `aria-checked` (Taro keeps their names in the data). */
export function findAllByProp(root: RenderedNode, prop: string, value?: unknown): RenderedNode[] {
  return [...walk(root)].filter((node) =>
    value === undefined ? prop in node : node[prop] === value,
  );
}

/** By component type: 'button', 'input', 'canvas', 'picker', 'view', 'text'… */
export function findAllByType(root: RenderedNode, type: string): RenderedNode[] {
  return [...walk(root)].filter((node) => node.nn === type);
}

/** A short outline of the tree for failure messages. */
export function outline(root: RenderedNode | undefined, depth = 0, lines: string[] = []): string {
  if (!root) return '(nothing rendered)';
  if (root.nn === '#text') {
    if (root.v?.trim()) lines.push(`${'  '.repeat(depth)}"${root.v}"`);
  } else {
    lines.push(
      `${'  '.repeat(depth)}<${root.nn ?? '?'}${root.uid && !root.uid.startsWith('_') ? ` #${root.uid}` : ''}>`,
    );
    for (const child of root.cn ?? []) outline(child, depth + 1, lines);
  }
  return lines.join('\n');
}
