import type { Element, ElementContent, Nodes as HastNodes, Properties, Root as HastRoot } from 'hast';
import { raw } from 'hast-util-raw';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import type { Root, RootContent } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { find, html as htmlSpace } from 'property-information';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { videoFromUrl, type Video } from './video-url.ts';

const defaults = defaultSchema.attributes ?? {};
const without = (tag: string, attribute: string) =>
  (defaults[tag] ?? []).filter((rule) => (Array.isArray(rule) ? rule[0] : rule) !== attribute);

/** Elements a recap's notes may use: prose, lists, quotes, code, tables, figures, disclosures. */
const NOTE_ELEMENTS = [
  ...['p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'code', 'kbd', 'samp'],
  ...['a', 'em', 'strong', 'b', 'i', 's', 'del', 'ins', 'q', 'sub', 'sup', 'abbr', 'mark', 'small'],
  ...['ul', 'ol', 'li', 'dl', 'dt', 'dd', 'input', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td'],
  ...['details', 'summary', 'figure', 'figcaption', 'img', 'section'],
];

/**
 * The one sanitising schema of the project: the notes' elements (GitHub's rules for their
 * attributes: no event handlers, no style), http(s) links and images only, plus the class the
 * tool links carry and the ids of footnotes. Scripts and styles go with their content; any
 * other element outside the list is replaced by its children, so its text stays.
 */
export const notesSchema: Schema = {
  ...defaultSchema,
  tagNames: NOTE_ELEMENTS,
  clobberPrefix: '',
  strip: ['script', 'style', 'template'],
  protocols: { href: ['http', 'https', 'mailto'], src: ['http', 'https'], cite: ['http', 'https'] },
  attributes: {
    ...defaults,
    a: [...without('a', 'className'), 'title', ['className', 'data-footnote-backref', 'tool-link']],
    img: ['src', 'alt', 'title', 'width', 'height'],
    ul: [...without('ul', 'className'), ['className', 'contains-task-list', 'talk-meta']],
    ol: [...(defaults.ol ?? []), 'start', 'reversed'],
    details: ['open'],
    abbr: ['title'],
    '*': ['id', 'title', 'lang', 'dir', 'align', 'colSpan', 'rowSpan', 'scope', 'headers', 'checked', 'dateTime'],
  },
};

const KEEPS_CONTENT = new Set(notesSchema.strip ?? []);
const ALLOWED = new Set(notesSchema.tagNames ?? []);

/** Something the sanitiser took out of the notes, where it was and what became of it. */
export interface Removal {
  line: number;
  /** The element or attribute, as written in HTML (`iframe`, `onclick`). */
  what: string;
  /** What happened to it: "dropped", "replaced by a link", "removed, its text kept"... */
  outcome: string;
}

export interface RenderedNotes {
  html: string;
  /** The text a reader sees, for descriptions (no markup, nothing that was removed with its content). */
  text: string;
  removals: Removal[];
  /** The video of the first video iframe, when `takeVideo` asked for it (it is then not in `html`). */
  video?: Video;
}

export interface RenderOptions {
  /** The talk has no video of its own: the first embedded YouTube/Vimeo player becomes it. */
  takeVideo?: boolean;
}

/** Removals at one line in words: "iframe at line 14 replaced by a link; onclick dropped". */
export function describeRemovals(removals: readonly Removal[]): string {
  const [first, ...rest] = removals;
  return [`${first.what} at line ${first.line} ${first.outcome}`, ...rest.map((r) => `${r.what} ${r.outcome}`)].join('; ');
}

/** Removals grouped by line, in line order, for one warning each. */
export function removalsByLine(removals: readonly Removal[]): Removal[][] {
  const lines = new Map<number, Removal[]>();
  for (const removal of [...removals].sort((a, b) => a.line - b.line)) {
    lines.set(removal.line, [...(lines.get(removal.line) ?? []), removal]);
  }
  return [...lines.values()];
}

/** An attribute as written; a URL one with its value, since the scheme is why it went. */
function attributeText(element: Element, property: string): string {
  const name = find(htmlSpace, property).attribute;
  const value = element.properties[property];
  return name === 'href' || name === 'src' ? `${name}="${String(value).slice(0, 40)}"` : name;
}
const lineOf = (node: HastNodes, fallback: number) => node.position?.start.line ?? fallback;

/** The attributes the schema drops from an element, asked of the sanitiser itself (one place per rule). */
function droppedAttributes(element: Element): string[] {
  if (Object.keys(element.properties).length === 0) return [];
  const alone = sanitize({ type: 'root', children: [{ ...element, children: [] }] }, notesSchema) as HastRoot;
  const kept: Properties = (alone.children[0] as Element | undefined)?.properties ?? {};
  return Object.keys(element.properties).filter(
    (key) => element.properties[key] != null && JSON.stringify(kept[key]) !== JSON.stringify(element.properties[key]),
  );
}

/** A link to a video's page, standing for its embedded player. */
function videoLink(frame: Element, video: Video): Element {
  const title = typeof frame.properties.title === 'string' && frame.properties.title.trim() ? frame.properties.title.trim() : video.watch;
  return { type: 'element', tagName: 'a', properties: { href: video.watch }, children: [{ type: 'text', value: title }], position: frame.position };
}

/**
 * Notes the sanitiser will change, each noted as a removal; video iframes become a link (or
 * the talk's video). Comments are left to the sanitiser, which drops them unreported: they
 * are invisible on the blog too.
 */
function reviewRaw(tree: HastRoot, options: RenderOptions): { removals: Removal[]; video?: Video } {
  const removals: Removal[] = [];
  let video: Video | undefined;
  // Inside a removed element, only what survives is reported: its own removal says the rest.
  const walk = (parent: HastRoot | Element, line: number, inRemoved: boolean) => {
    parent.children = parent.children.flatMap((child): ElementContent[] => {
      if (child.type !== 'element') return [child as ElementContent];
      const at = lineOf(child, line);
      const found = child.tagName === 'iframe' && typeof child.properties.src === 'string' ? videoFromUrl(child.properties.src) : undefined;
      if (found && options.takeVideo && !video) {
        video = found;
        removals.push({ line: at, what: 'iframe', outcome: "became the talk's video" });
        return [];
      }
      if (found) {
        removals.push({ line: at, what: 'iframe', outcome: 'replaced by a link' });
        return [videoLink(child, found)];
      }
      const allowed = ALLOWED.has(child.tagName);
      if (!allowed && !inRemoved) {
        const outcome = KEEPS_CONTENT.has(child.tagName) ? 'removed with its content' : 'removed, its text kept';
        removals.push({ line: at, what: child.tagName, outcome });
      }
      if (KEEPS_CONTENT.has(child.tagName)) return [child];
      if (allowed) for (const property of droppedAttributes(child)) removals.push({ line: at, what: attributeText(child, property), outcome: 'dropped' });
      walk(child, at, inRemoved || !allowed);
      return [child];
    });
  };
  walk(tree, 1, false);
  return { removals, video };
}

/** Links leaving the site open without giving the target a handle on this page. */
function secureExternalLinks(tree: HastRoot): void {
  visit(tree, 'element', (element: Element) => {
    const href = element.properties?.href;
    if (element.tagName === 'a' && typeof href === 'string' && /^https?:\/\//i.test(href)) {
      element.properties.rel = ['noopener', 'noreferrer', 'external'];
    }
  });
}

/**
 * Markdown nodes (with their raw HTML) to safe HTML, and what was taken out. The raw HTML is
 * parsed into the tree first, so an HTML block keeps its text and an unsafe element loses
 * only its markup. Line numbers are the nodes' own (the recap file's lines).
 */
export function renderNotes(nodes: readonly RootContent[], options: RenderOptions = {}): RenderedNotes {
  const root: Root = { type: 'root', children: [...nodes] };
  const hast = toHast(root, { allowDangerousHtml: true });
  // Re-parsing costs as much as the rest of rendering: only notes that hold raw HTML need it.
  let hasHtml = false;
  visit(root, 'html', () => void (hasHtml = true));
  const tree = (hasHtml ? raw(hast, { file: new VFile() }) : hast) as HastRoot;
  const { removals, video } = reviewRaw(tree, options);
  const clean = sanitize(tree, notesSchema) as HastRoot;
  secureExternalLinks(clean);
  let text = '';
  visit(clean, 'text', (node) => void (text += node.value));
  return { html: toHtml(clean), text, removals, video };
}

/** Markdown nodes to safe HTML (see renderNotes for what is removed and how). */
export function renderHtml(nodes: readonly RootContent[]): string {
  return renderNotes(nodes).html;
}
