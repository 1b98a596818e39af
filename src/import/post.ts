import type { Root } from 'mdast';

/** What the post says about itself, from its front matter or the page around the article. */
export interface PostMeta {
  title?: string;
  authors: string[];
  organisation?: string;
  lang?: string;
  date?: string;
  source?: string;
  /** Tags, categories and the like: words that may name the conference. */
  keywords: string[];
}

/** A post read into a Markdown syntax tree whose positions are the lines of the source file. */
export interface Post {
  file: string;
  format: 'markdown' | 'html' | 'text';
  meta: PostMeta;
  tree: Root;
  /** The post's whole text, for guesses made from anywhere in it (conference, language). */
  text: string;
}
