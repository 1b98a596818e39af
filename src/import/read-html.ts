import type { Element, Root as HastRoot } from 'hast';
import { toMdast, type State } from 'hast-util-to-mdast';
import { select, selectAll } from 'hast-util-select';
import { toString as hastToString } from 'hast-util-to-string';
import type { Link, Root } from 'mdast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { videoFromUrl } from '../parse/video-url.ts';
import { isoDate } from './meta-from-front-matter.ts';
import type { Post, PostMeta } from './post.ts';

const html = unified().use(rehypeParse).freeze();

// What surrounds a post on a blog page and is not the post: menus, sidebars, comments, sharing.
const CHROME = [
  'nav', 'aside', 'footer', 'form', 'script', 'style', 'noscript', 'template', 'button',
  '[role=navigation]', '[role=complementary]', '[role=contentinfo]', '[aria-hidden=true]',
  '[class*=comment]', '[id*=comment]', '[class*=sidebar]', '[id*=sidebar]', '[class*=share]', '[class*=related]',
  '[class*=newsletter]', '[class*=author-bio]', '[class*=post-meta]', '[class*=byline]', '[class*=breadcrumb]',
].join(', ');

const attr = (element: Element | undefined, name: string): string | undefined => {
  const value = element?.properties?.[name];
  return typeof value === 'string' && value.trim() ? value.trim() : Array.isArray(value) ? value.join(' ') : undefined;
};

const meta = (tree: HastRoot, ...names: string[]): string | undefined => {
  for (const name of names) {
    const found = attr(select(`meta[property="${name}"], meta[name="${name}"]`, tree), 'content');
    if (found) return found;
  }
  return undefined;
};

/** The page's own description of the post: Open Graph, article and Dublin Core metadata, <time>, bylines. */
function pageMeta(tree: HastRoot, article: Element | HastRoot): PostMeta {
  const heading = select('h1', article) ?? select('h1', tree);
  const authorLinks = selectAll('[rel~=author], .author, .p-author, [itemprop=author]', tree)
    .map((node) => hastToString(node).replace(/\s+/g, ' ').trim())
    .filter((name) => name.length > 1 && name.length < 60);
  const metaAuthor = meta(tree, 'author', 'article:author', 'dc.creator', 'twitter:creator');
  const time = attr(select('time[datetime]', article) ?? select('time[datetime]', tree), 'dateTime');
  const source = attr(select('link[rel~=canonical]', tree), 'href') ?? meta(tree, 'og:url');
  const keywords = [meta(tree, 'keywords'), ...selectAll('meta[property="article:tag"]', tree).map((m) => attr(m, 'content'))]
    .filter((k): k is string => !!k)
    .flatMap((k) => k.split(/\s*,\s*/));
  return {
    title: (heading ? hastToString(heading).replace(/\s+/g, ' ').trim() : undefined) || meta(tree, 'og:title') || (select('title', tree) ? hastToString(select('title', tree)!).trim() : undefined),
    authors: [...new Set(metaAuthor && !/^https?:/.test(metaAuthor) ? [metaAuthor] : authorLinks)],
    organisation: meta(tree, 'og:site_name', 'application-name'),
    lang: attr(select('html', tree), 'lang') ?? meta(tree, 'og:locale', 'language'),
    date: isoDate(meta(tree, 'article:published_time', 'date', 'dc.date', 'datePublished') ?? time),
    source: source && /^https?:\/\//.test(source) ? source : undefined,
    keywords,
  };
}

/** An embedded player becomes a link to its video, so the notes and the Video line keep it. */
function iframe(state: State, node: Element): Link | undefined {
  const src = attr(node, 'src');
  const video = src ? videoFromUrl(src) : undefined;
  if (!src) return undefined;
  const result: Link = { type: 'link', url: video?.watch ?? state.resolve(src), title: null, children: [{ type: 'text', value: attr(node, 'title') ?? (video ? 'Video' : src) }] };
  state.patch(node, result);
  return result;
}

/** A saved article page: its <article> (or <main>, or <body>) without the blog around it, as Markdown. */
export function readHtml(file: string, text: string): Post {
  const tree = html.parse(text);
  const article = select('article', tree) ?? select('main', tree) ?? select('[role=main]', tree) ?? select('body', tree) ?? tree;
  const metaOfPage = pageMeta(tree, article);
  // The post's title is the recap's title, not a section of it.
  const title = select('h1', article);
  removeAll(article, new Set([...selectAll(CHROME, article), ...(title ? [title] : [])]));
  const root: HastRoot = article.type === 'root' ? article : { type: 'root', children: [article] };
  const mdast = toMdast(root, { handlers: { iframe } }) as Root;
  return { file, format: 'html', meta: metaOfPage, tree: mdast, text: hastToString(root) };
}

function removeAll(parent: Element | HastRoot, doomed: ReadonlySet<unknown>): void {
  parent.children = parent.children.filter((child) => !doomed.has(child)) as typeof parent.children;
  for (const child of parent.children) if (child.type === 'element') removeAll(child, doomed);
}
