import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();
const mdx = markdown().use(remarkMdx).freeze();

/** The syntax tree of a recap (CommonMark + GFM + YAML frontmatter; MDX syntax for .mdx files). */
export function parseMarkdown(text: string, isMdx: boolean): Root {
  return (isMdx ? mdx : markdown).parse(text);
}

const MDX_CODE = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);
const MDX_ELEMENTS = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement']);

/**
 * MDX imports, expressions and components cannot run in a static knowledge page: code is
 * removed and components are replaced by their children, each reported as a warning.
 */
export function stripMdx(tree: Root, onRemoved: (kind: string, line: number) => void): void {
  const walk = (parent: { children?: unknown[] }) => {
    if (!Array.isArray(parent.children)) return;
    const kept: unknown[] = [];
    for (const child of parent.children as { type: string; children?: unknown[]; position?: { start: { line: number } } }[]) {
      if (MDX_CODE.has(child.type) || MDX_ELEMENTS.has(child.type)) onRemoved(child.type, child.position?.start.line ?? 1);
      if (MDX_CODE.has(child.type)) continue;
      walk(child);
      if (MDX_ELEMENTS.has(child.type)) kept.push(...(child.children ?? []));
      else kept.push(child);
    }
    parent.children = kept;
  };
  walk(tree);
}
