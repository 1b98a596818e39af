import { readHtml } from './read-html.ts';
import { readMarkdown } from './read-markdown.ts';
import { readText } from './read-text.ts';
import type { Post } from './post.ts';

/** The file extensions the importer reads, each with its reader. */
const READERS: Record<string, (file: string, text: string) => Post> = {
  md: readMarkdown,
  markdown: readMarkdown,
  mdx: readMarkdown,
  html: readHtml,
  htm: readHtml,
  txt: readText,
};

export const IMPORTABLE = /\.(?:md|markdown|mdx|html?|txt)$/i;

/** Reads a post by its extension; throws with a message naming what is wrong. */
export function readPost(file: string, text: string): Post {
  const extension = /\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase() ?? '';
  const reader = READERS[extension];
  if (!reader) throw new Error(`cannot import a .${extension || '(no extension)'} file: expected .md, .markdown, .html, .htm or .txt`);
  if (text.includes('\u0000')) throw new Error('the file is binary, not a text post');
  return reader(file, text);
}
