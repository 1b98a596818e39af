import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { nameKey } from '../parse/normalise.ts';

/** A heading of the post (or a paragraph it uses as one) and the blocks up to the next. */
export interface Section {
  title: string;
  depth: number;
  line: number;
  heading: Heading | Paragraph;
  body: RootContent[];
}

/** A paragraph that is only bold or italic text, short: a title in posts that style instead of heading. */
function paragraphTitle(node: RootContent): string | undefined {
  if (node.type !== 'paragraph') return undefined;
  const children = node.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  if (children.length !== 1 || (children[0].type !== 'strong' && children[0].type !== 'emphasis')) return undefined;
  const text = toString(node).trim();
  return text.length >= 3 && text.length <= 200 && !/[.:;,]$/.test(text) ? text : undefined;
}

/**
 * The post's sections in order, and the blocks before the first (its introduction). A first
 * level-1 heading, or one repeating the post's title, is the title, not a section.
 */
export function splitSections(tree: Root, postTitle: string | undefined): { intro: RootContent[]; sections: Section[]; definitions: RootContent[]; title?: string } {
  const intro: RootContent[] = [];
  // Link definitions serve the whole post: they go at its end, where any section can use them.
  const definitions: RootContent[] = [];
  let lastDepth = 1;
  const sections: Section[] = [];
  let title = postTitle;
  for (const node of tree.children) {
    const headingText = node.type === 'heading' ? toString(node).trim() : paragraphTitle(node);
    if (headingText !== undefined && headingText) {
      const isTitle = node.type === 'heading' && sections.length === 0 && (node.depth === 1 && !title ? true : title !== undefined && nameKey(headingText) === nameKey(title));
      if (isTitle) {
        title ??= headingText;
        continue;
      }
      sections.push({
        title: headingText,
        // A bold paragraph title sits below the last real heading.
        depth: node.type === 'heading' ? (lastDepth = node.depth) : Math.min(6, lastDepth + 1),
        line: node.position?.start.line ?? 1,
        heading: node as Heading | Paragraph,
        body: [],
      });
      continue;
    }
    if (node.type === 'yaml') continue;
    if (node.type === 'definition') {
      definitions.push(node);
      continue;
    }
    (sections.length ? sections[sections.length - 1].body : intro).push(node);
  }
  return { intro, sections, definitions, title };
}
