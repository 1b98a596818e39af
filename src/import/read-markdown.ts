import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { splitFrontMatter } from './front-matter.ts';
import { metaFromFrontMatter } from './meta-from-front-matter.ts';
import type { Post } from './post.ts';

const markdown = unified().use(remarkParse).use(remarkGfm).freeze();

/** Parses Markdown (CommonMark + GFM) into a tree; positions are the lines of `text`. */
export function parseMarkdownBody(text: string): Root {
  return markdown.parse(text);
}

/** A Jekyll, Hugo, Gatsby or Astro post: front matter, then Markdown (MDX syntax read as Markdown). */
export function readMarkdown(file: string, text: string): Post {
  const { data, body } = splitFrontMatter(text);
  return { file, format: 'markdown', meta: metaFromFrontMatter(data), tree: parseMarkdownBody(body), text: body };
}
