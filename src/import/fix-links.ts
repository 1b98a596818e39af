import type { Nodes, Parents, PhrasingContent } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';

export const isAbsolute = (url: string) => /^(?:https?:|mailto:)/i.test(url);

/**
 * Links and images as they can stand on the site: relative addresses resolved against the
 * post's URL when it is known; otherwise a link keeps only its text and an image its alt
 * text (the importer cannot fetch it). Returns the addresses it could not keep.
 */
export function fixLinks(nodes: readonly Nodes[], source: string | undefined): { images: string[]; links: string[] } {
  const images: string[] = [];
  const links: string[] = [];
  const resolve = (url: string): string | undefined => {
    if (isAbsolute(url)) return url;
    if (url.startsWith('//')) return `https:${url}`;
    if (!source || url.startsWith('#')) return undefined;
    try {
      return new URL(url, source).href;
    } catch {
      return undefined;
    }
  };
  for (const node of nodes) {
    visit(node, (child, index, parent: Parents | undefined) => {
      if (child.type !== 'link' && child.type !== 'image' && child.type !== 'definition') return;
      const url = resolve(child.url);
      if (url) {
        child.url = url;
        return;
      }
      // A definition that cannot be resolved is dropped by the caller (its references become text).
      if (child.type === 'definition') {
        links.push(child.url);
        return;
      }
      if (!parent || index === undefined) return;
      if (child.type === 'image') images.push(child.url);
      else if (!child.url.startsWith('#')) links.push(child.url);
      const replacement: PhrasingContent[] = child.type === 'image' ? (child.alt ? [{ type: 'text', value: child.alt }] : []) : child.children;
      (parent.children as PhrasingContent[]).splice(index, 1, ...replacement);
      return [SKIP, index];
    });
  }
  return { images, links };
}
