import type { Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { videoFromShortcode } from '../parse/video-url.ts';
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

/**
 * A paragraph that is only a video shortcode ({{< youtube ID >}}, {% youtube ID %}) is a player
 * the site cannot run: it becomes a link to the video, which the site shows as a player.
 */
function shortcodesAsLinks(tree: Root): void {
  visit(tree, 'paragraph', (node: Paragraph) => {
    const text = toString(node).trim();
    const video = /^\{(?:\{[<%]|%)[^}]*(?:[>%]\}\}|%\})$/.test(text) ? videoFromShortcode(text) : undefined;
    if (video) node.children = [{ type: 'link', url: video.watch, children: [{ type: 'text', value: video.watch }], position: node.position }];
  });
}

/** A Jekyll, Hugo, Gatsby or Astro post: front matter, then Markdown (MDX syntax read as Markdown). */
export function readMarkdown(file: string, text: string): Post {
  const { data, body } = splitFrontMatter(text);
  const tree = parseMarkdownBody(body);
  shortcodesAsLinks(tree);
  return { file, format: 'markdown', meta: metaFromFrontMatter(data), tree, text: body };
}
