import type { List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Post } from './post.ts';
import { isGroupTitle, isProseTitle } from './talk-signals.ts';

const BULLET = /^\s*(?:[•●▪◦·‣►*-]|–)\s+/;
const NUMBERED = /^\s*(\d{1,2})[.)]\s+/;
const URL = /https?:\/\/[^\s<>"'«»]+[^\s<>"'«».,;:!?)]/g;
// Bylines are not sections: "Rédigé par A & B le 10/03/2023", "Publié par A", "By A".
export const BYLINE = /^(?:rédigée?s?|publiée?s?|écrite?s?|postée?s?|posted|written|published|authored|par|by)(?!\p{L})/iu;
// "Speakers: ...", "Video: ..." lines are a talk's metadata, not its title.
const METADATA_LINE = /^(?:speakers?|intervenant(?:e)?s?|orat(?:eur|rice)s?|panelists?|video|vidéo|slides|tools|outils|company|entreprise|kind|type|présentée? par|presented by)\s*:/iu;
const READING_TIME = /^(?:\d+\s*(?:min|minutes?)(?:\s+(?:read|de lecture))?|temps de lecture\s*:.*|reading time\s*:.*)$/i;
// A speaker dash: "Title – Name, Company" titles are long but still titles.
const SPEAKER_DASH = /\s[–—-]\s+\p{Lu}/u;

/** Words of a line, not counting a leading section number. */
const wordsOf = (line: string) => line.replace(NUMBERED, '').split(/\s+/).filter(Boolean);

/**
 * A line a plain-text post uses as a title: short, starting like a title, with no end
 * punctuation but ! or ?, one sentence, no link. Copies of blog pages lose the heading
 * markup but keep these lines.
 */
export function looksLikeHeading(line: string): boolean {
  const text = line.trim().replace(NUMBERED, '');
  if (text.length < 2 || text.length > 220 || BULLET.test(line) || READING_TIME.test(text)) return false;
  if (/https?:\/\/|www\./.test(text) || BYLINE.test(text) || METADATA_LINE.test(text)) return false;
  if (!/^[\p{Lu}\p{N}“"«‘']/u.test(text)) return false;
  // A line quoted whole is a quotation or a caption.
  if (/^[“"«‘'].*[”"»’']$/u.test(text)) return false;
  // A quotation after a few words is a sentence quoting someone ("Comme le disait X “...”").
  if (/^(?:\S+\s+){4,}[“"«]/u.test(text)) return false;
  if (/[.,;:…]$/.test(text) || /[.!?…]\s+\p{Lu}/u.test(text.slice(0, -1))) return false;
  const words = wordsOf(text).length;
  // A long line with a verb and no colon or dash is a sentence that lost its full stop.
  if (words >= 8 && FINITE_VERB.test(text) && !/\s[:–—-]\s|:\s/.test(text)) return false;
  if (/[!?]$/.test(text)) return words <= 12;
  // A numbered line ("10. OpenTelemetry, JavaScript et tracing distribué : ...") is a title even when long.
  return words <= 16 || (words <= 40 && (SPEAKER_DASH.test(text) || NUMBERED.test(line.trim())));
}

/**
 * A title-like line right before another one is not a title but a closing remark ("Merci aux
 * intervenants pour cette conférence !") unless it names a group ("Keynotes", "Talks").
 */
function demoteEmptyHeadings(children: RootContent[]): RootContent[] {
  return children.map((node, i) => {
    const next = children[i + 1];
    if (node.type !== 'heading' || (next && next.type !== 'heading') || isGroupTitle(toString(node)) || isProseTitle(toString(node))) return node;
    return { type: 'paragraph', children: node.children, position: node.position };
  });
}

const FINITE_VERB = /\s(?:est|sont|sera|seront|était|étaient|a|ont|avait|avaient|is|are|was|were|has|have|had|will)\s/iu;

const at = (line: number) => ({ start: { line, column: 1 }, end: { line, column: 1 } });

/** Text with its bare URLs as links, so they stay addresses in the Markdown written back. */
function phrasing(text: string, line: number): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  let last = 0;
  for (const match of text.matchAll(URL)) {
    if (match.index > last) nodes.push({ type: 'text', value: text.slice(last, match.index), position: at(line) });
    nodes.push({ type: 'link', url: match[0], children: [{ type: 'text', value: match[0] }], position: at(line) });
    last = match.index + match[0].length;
  }
  if (last < text.length) nodes.push({ type: 'text', value: text.slice(last), position: at(line) });
  return nodes;
}

const paragraph = (text: string, line: number): Paragraph => ({ type: 'paragraph', children: phrasing(text, line), position: at(line) });

/**
 * A plain-text post (a copy of a blog page) as a Markdown tree: title-like lines become
 * headings, bulleted and numbered lines lists, every other line a paragraph. The first
 * title-like line before any prose is the post's title.
 */
export function readText(file: string, text: string): Post {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const children: RootContent[] = [];
  let title: string | undefined;
  let list: List | undefined;
  let sawProse = false;
  lines.forEach((raw, index) => {
    const line = index + 1;
    const content = raw.replace(/\u00a0/g, ' ').trim();
    if (!content) {
      list = undefined;
      return;
    }
    const bullet = BULLET.exec(raw) ?? (!looksLikeHeading(content) ? NUMBERED.exec(raw) : null);
    if (bullet) {
      const ordered = NUMBERED.test(raw);
      if (!list || list.ordered !== ordered) {
        list = { type: 'list', ordered, spread: false, children: [], position: at(line) };
        if (ordered) list.start = Number(NUMBERED.exec(raw)![1]);
        children.push(list);
      }
      const item: ListItem = { type: 'listItem', spread: false, children: [paragraph(raw.slice(bullet[0].length).trim(), line)], position: at(line) };
      list.children.push(item);
      return;
    }
    list = undefined;
    if (looksLikeHeading(content)) {
      if (!title && !sawProse) {
        title = content;
        return;
      }
      children.push({ type: 'heading', depth: 2, children: phrasing(content.replace(NUMBERED, ''), line), position: at(line) });
      return;
    }
    if (!READING_TIME.test(content)) sawProse = true;
    children.push(paragraph(content, line));
  });
  const tree: Root = { type: 'root', children: demoteEmptyHeadings(children) };
  return { file, format: 'text', meta: { title, authors: [], keywords: [] }, tree, text };
}
