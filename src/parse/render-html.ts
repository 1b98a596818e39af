import type { Element, Root as HastRoot } from 'hast';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import type { Root, RootContent } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';

// GitHub's sanitising rules (no script, no event handlers, no javascript: URLs), plus the
// class the tool links carry and the ids of heading anchors.
const schema: Schema = {
  ...defaultSchema,
  clobberPrefix: '',
  attributes: {
    ...defaultSchema.attributes,
    a: [
      ...(defaultSchema.attributes?.a ?? []).filter((rule) => !(Array.isArray(rule) && rule[0] === 'className')),
      ['className', 'data-footnote-backref', 'tool-link'],
    ],
    ul: [...(defaultSchema.attributes?.ul ?? []).filter((rule) => !(Array.isArray(rule) && rule[0] === 'className')), ['className', 'contains-task-list', 'talk-meta']],
    '*': [...(defaultSchema.attributes?.['*'] ?? []), 'id'],
  },
};

function isExternal(href: string): boolean {
  return /^https?:\/\//i.test(href);
}

/** Links leaving the site open without giving the target a handle on this page. */
function secureExternalLinks(tree: HastRoot): void {
  visit(tree, 'element', (element: Element) => {
    const href = element.properties?.href;
    if (element.tagName === 'a' && typeof href === 'string' && isExternal(href)) {
      element.properties.rel = ['noopener', 'noreferrer', 'external'];
    }
  });
}

/**
 * Markdown nodes to safe HTML. Raw HTML in a recap is dropped (not escaped into view), so a
 * recap can never inject a script.
 */
export function renderHtml(nodes: readonly RootContent[]): string {
  const root: Root = { type: 'root', children: [...nodes] };
  const hast = toHast(root) as HastRoot;
  const clean = sanitize(hast, schema) as HastRoot;
  secureExternalLinks(clean);
  return toHtml(clean);
}
