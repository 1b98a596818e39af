import type { Heading, List, PhrasingContent, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { stringify } from 'yaml';
import type { RecapFrontmatter } from '../schemas/recap.ts';
import type { Part } from './classify-talks.ts';
import type { Credit } from './find-speakers.ts';
import type { Section } from './sections.ts';

const markdown = unified().use(remarkGfm).use(remarkStringify, { bullet: '-', emphasis: '_', rule: '-', fences: true }).freeze();

/** A talk ready to write: what was found, and the catalogue tools its section names. */
export interface TalkToWrite {
  title: string;
  kind: string;
  speakers: Credit[];
  companies: string[];
  video?: string;
  slides?: string;
  tools: string[];
}

const speakerText = (c: Credit) => (c.company ? `${c.name} (${c.company})` : c.name);

/** "Key: value"; a URL value as a link, so it is written as an address and not escaped. */
function item(key: string, value: string, isUrl = false): List['children'][number] {
  const valueNode: PhrasingContent = isUrl ? { type: 'link', url: value, children: [{ type: 'text', value }] } : { type: 'text', value };
  return { type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'text', value: `${key}: ` }, valueNode] }] };
}

/** The talk's metadata list in the format's keys (src/parse/talk-metadata.ts). */
function metadataList(talk: TalkToWrite): List {
  const items: List['children'] = [];
  if (talk.speakers.length) items.push(item('Speakers', talk.speakers.map(speakerText).join(', ')));
  else if (talk.companies.length) items.push(item('Company', talk.companies.join(', ')));
  else items.push(item('Speakers', 'unknown'));
  if (talk.kind !== 'talk') items.push(item('Kind', talk.kind));
  if (talk.video) items.push(item('Video', talk.video, true));
  if (talk.slides) items.push(item('Slides', talk.slides, true));
  if (talk.tools.length) items.push(item('Tools', talk.tools.join(', ')));
  return { type: 'list', ordered: false, spread: false, children: items };
}

/** A section's heading at a new level, keeping its inline content (a bold paragraph title loses its bold). */
function headingOf(section: Section, depth: number): Heading {
  const node = section.heading;
  let children: PhrasingContent[] = node.children;
  if (node.type === 'paragraph' && children.length === 1 && (children[0].type === 'strong' || children[0].type === 'emphasis')) children = children[0].children;
  return { type: 'heading', depth: depth as Heading['depth'], children };
}

const clampDepth = (depth: number) => Math.min(6, Math.max(2, depth)) as Heading['depth'];

/** The recap as Markdown: front matter, the post's introduction, then each part, talks with their metadata. */
export function writeRecap(
  frontmatter: RecapFrontmatter,
  intro: RootContent[],
  parts: readonly Part[],
  talks: ReadonlyMap<Part, TalkToWrite>,
  definitions: RootContent[],
): string {
  const children: RootContent[] = [...intro];
  for (const part of parts) {
    if (part.type === 'prose') {
      children.push(headingOf(part.section, clampDepth(part.depth)), ...part.section.body);
      continue;
    }
    const talk = talks.get(part)!;
    if (part.headingIsProse) children.push(headingOf(part.section, clampDepth(part.depth - 1)));
    children.push({ type: 'heading', depth: clampDepth(part.depth), children: [{ type: 'text', value: talk.title }] }, metadataList(talk), ...part.notes);
    for (const sub of part.subsections) children.push(headingOf(sub, clampDepth(part.depth + 1)), ...sub.body);
  }
  children.push(...definitions);
  const body = markdown.stringify({ type: 'root', children } as Root);
  const front = stringify(Object.fromEntries(Object.entries(frontmatter).filter(([, v]) => v !== undefined)), { lineWidth: 0 });
  return `---\n${front}---\n\n${body}`;
}
