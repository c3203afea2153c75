// Renders a Preact element to a plain tree without a DOM: function components are called with
// their props (ours use no hooks), so tests can look for roles, labels, text and handlers.
import type { ComponentChildren, VNode } from 'preact';

export interface ElementNode {
  type: string;
  props: Record<string, unknown>;
  children: TreeNode[];
}
export type TreeNode = ElementNode | string;

export function expand(children: ComponentChildren): TreeNode[] {
  if (children === null || children === undefined || typeof children === 'boolean') return [];
  if (Array.isArray(children)) return children.flatMap((child: ComponentChildren) => expand(child));
  if (typeof children === 'string' || typeof children === 'number' || typeof children === 'bigint') return [String(children)];
  const vnode = children as VNode<Record<string, unknown>>;
  if (typeof vnode.type === 'function') {
    const render = vnode.type as (props: unknown) => ComponentChildren;
    return expand(render(vnode.props));
  }
  const { children: inner, ...props } = vnode.props;
  return [{ type: vnode.type, props, children: expand(inner as ComponentChildren) }];
}

export function findAll(nodes: TreeNode[], match: (node: ElementNode) => boolean): ElementNode[] {
  return nodes.flatMap((node) => {
    if (typeof node === 'string') return [];
    return [...(match(node) ? [node] : []), ...findAll(node.children, match)];
  });
}

export function findOne(nodes: TreeNode[], match: (node: ElementNode) => boolean): ElementNode {
  const found = findAll(nodes, match);
  if (found.length !== 1) throw new Error(`expected one node, found ${found.length}`);
  return found[0]!;
}

export const byClass = (name: string) => (node: ElementNode) => String(node.props.class ?? '').split(' ').includes(name);
export const byType = (type: string) => (node: ElementNode) => node.type === type;

/** The text a reader would see, in order. */
export function textOf(nodes: TreeNode | TreeNode[]): string {
  const list = Array.isArray(nodes) ? nodes : [nodes];
  return list.map((node) => (typeof node === 'string' ? node : textOf(node.children))).join('');
}
