import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { TalkKind } from '../schemas/talk.ts';
import { companyInNotes, creditsInHeading, creditsInNotes, type Credit } from './find-speakers.ts';
import { findLinks, type TalkLinks } from './find-links.ts';
import { nameKey } from '../parse/normalise.ts';
import type { Section } from './sections.ts';
import { speakerLines } from './speaker-lines.ts';
import { isGroupTitle, isProseTitle, kindIn, openingText, quotedTalkTitle, talkWords, withoutNumber } from './talk-signals.ts';

/** What a section is: a group of talks, the post's prose, or a talk (by strong or weak evidence). */
type Role = 'group' | 'prose' | 'several' | 'strong' | 'weak' | 'plain';

/** A talk found in the post, with what the importer could tell about it. */
export interface FoundTalk {
  title: string;
  line: number;
  kind: TalkKind;
  speakers: Credit[];
  companies: string[];
  video?: string;
  slides?: string;
  /** What the importer guessed or could not find, for the recap's review list. */
  review: string[];
}

/** One part of the recap to write: prose under a heading, or a talk with its notes and sub-sections. */
export type Part =
  | { type: 'prose'; depth: number; section: Section }
  | { type: 'talk'; depth: number; talk: FoundTalk; section: Section; notes: RootContent[]; subsections: Section[]; headingIsProse: boolean };

interface Analysis {
  section: Section;
  title: string;
  credits: Credit[];
  /** The heading itself names the speakers: then it is the talk's title. */
  fromHeading: boolean;
  company?: string;
  consumed: Set<unknown>;
  links: TalkLinks;
  quoted?: string;
  kind?: TalkKind;
  role: Role;
}

function analyse(section: Section, isTool: (word: string) => boolean): Analysis {
  const { title, credits: headingCredits } = creditsInHeading(withoutNumber(section.title));
  const lines = speakerLines(section.body);
  const opening = openingText(section.body.filter((node) => !lines.consumed.has(node)));
  const listed = [...headingCredits, ...lines.credits.filter((l) => !headingCredits.some((h) => nameKey(h.name) === nameKey(l.name)))];
  // The opening may name one more ("L'introduction est assurée par Vallery Lancey tandis que Tim Hockin...").
  const proseCredits = creditsInNotes(opening, listed.length ? '' : textOf(section.body));
  const credits = listed.length ? [...listed, ...proseCredits.filter((p) => !listed.some((l) => nameKey(l.name) === nameKey(p.name)))] : proseCredits;
  const company = credits.length ? undefined : companyInNotes(opening, isTool);
  const links = findLinks(section.body);
  const quoted = quotedTalkTitle(opening);
  const kind = kindIn(title);
  // Of one talk or several: said in the opening; of one, said anywhere in the section.
  const openingWords = talkWords(opening);
  const words = openingWords === 'none' ? (talkWords(textOf(section.body)) === 'one' ? 'one' : 'none') : openingWords;
  let role: Role;
  if (isGroupTitle(section.title)) role = 'group';
  else if (section.body.length === 0) role = 'prose';
  else if (isProseTitle(section.title)) role = 'prose';
  else if (credits.length || company || quoted || (kind && kind !== 'deep-dive') || links.slides) role = 'strong';
  else if (links.videos.length > 1) role = 'several';
  else if (links.videos.length === 1) role = 'strong';
  else if (words === 'several') role = 'several';
  else if (words === 'one') role = 'weak';
  else role = 'plain';
  return { section, title, credits, fromHeading: headingCredits.length > 0, company, consumed: lines.consumed, links, quoted, kind: kind ?? kindIn(opening.slice(0, 200)), role };
}

function talkOf(a: Analysis, title: string, groupKind: TalkKind | undefined): FoundTalk {
  const review: string[] = [];
  if (!a.credits.length && !a.company) review.push(`speakers of "${title}" not found`);
  if (a.role === 'weak' || a.role === 'plain') review.push(`"${title}" taken for a talk from its place in the post: check it is one`);
  if (a.links.videos.length > 1) review.push(`"${title}" links ${a.links.videos.length} videos: the first is its Video`);
  return {
    title,
    line: a.section.line,
    kind: a.kind ?? groupKind ?? 'talk',
    speakers: a.credits,
    companies: a.company ? [a.company] : [],
    video: a.links.videos[0]?.watch,
    slides: a.links.slides,
    review,
  };
}

const wordCount = (title: string) => title.replace(/\([^()]*\)/g, ' ').split(/\s+/).filter(Boolean).length;
// The post's closing sections: after them, only a section with a clear sign of a talk is one.
const OUTRO = /^(?:conclusions?|bilan|wrap ?up|take ?aways?|key takeaways?|summary|en resume|pour finir|pour conclure|en conclusion|in conclusion|final thoughts|closing thoughts|le mot de la fin|ce que nous retenons|ce que j ai retenu)$/;

/**
 * Decides which sections are talks. With real headings (Markdown, HTML), levels say what
 * belongs to what: a heading whose sub-headings are talks is a group; a heading under a
 * group is a talk; a heading under a talk is part of its notes. Plain text has no levels:
 * group words ("Keynotes", "Day 1") open a group, and a section that shows no sign of being a
 * talk of its own stays in the notes of the talk before it.
 */
export function classifyTalks(sections: readonly Section[], format: 'markdown' | 'html' | 'text', isTool: (word: string) => boolean): Part[] {
  const analyses = sections.map((section) => analyse(section, isTool));
  const leveled = format !== 'text';
  if (leveled) {
    analyses.forEach((a, i) => {
      if (a.role === 'group' || a.role === 'prose') return;
      for (let j = i + 1; j < analyses.length && analyses[j].section.depth > a.section.depth; j++) {
        if (analyses[j].role === 'strong') {
          a.role = 'group';
          return;
        }
      }
    });
  }
  if (leveled) promoteSiblings(analyses);
  const minDepth = Math.min(...sections.map((s) => s.depth), 6);
  const mapped = (depth: number) => (leveled ? Math.min(6, Math.max(2, depth + 2 - minDepth)) : 2);

  const parts: Part[] = [];
  let group: { depth: number; outDepth: number; kind?: TalkKind } | undefined;
  let talk: Extract<Part, { type: 'talk' }> | undefined;
  let outro = false;
  for (const a of analyses) {
    const depth = a.section.depth;
    if (group && leveled && depth <= group.depth) group = undefined;
    if (talk && leveled && depth <= talk.section.depth) talk = undefined;
    // A conclusion inside a talk's notes ("#### Takeaways") does not close the post.
    if (a.role === 'prose' && !(talk && leveled) && OUTRO.test(nameKey(withoutNumber(a.section.title)))) outro = true;
    if (outro && a.role !== 'strong' && a.role !== 'group') a.role = 'prose';

    if (talk && leveled && a.role !== 'group' && a.role !== 'strong') {
      talk.subsections.push(a.section);
      continue;
    }
    if (a.role === 'group' || a.role === 'prose' || a.role === 'several') {
      talk = undefined;
      const outDepth = leveled ? mapped(depth) : 2;
      if (a.role === 'group') group = { depth, outDepth, kind: kindIn(a.section.title) };
      else if (!leveled) group = undefined;
      parts.push({ type: 'prose', depth: outDepth, section: a.section });
      continue;
    }
    if (!leveled && talk && !group && (a.role === 'plain' || (a.role === 'weak' && (wordCount(a.title) <= 2 || a.section.body.length <= 2)))) {
      talk.subsections.push(a.section);
      continue;
    }
    if (!leveled && talk && group && a.role === 'plain' && a.section.body.length <= 2) {
      talk.subsections.push(a.section);
      continue;
    }
    const isTalk = a.role === 'strong' || a.role === 'weak' || (group !== undefined && a.role === 'plain');
    if (!isTalk) {
      talk = undefined;
      parts.push({ type: 'prose', depth: mapped(depth), section: a.section });
      continue;
    }
    const outDepth = group ? Math.max(group.outDepth + 1, mapped(depth)) : mapped(depth);
    // A section headed by a topic that opens with the talk's quoted title: the heading stays prose.
    const headingIsProse = a.quoted !== undefined && !a.fromHeading;
    talk = {
      type: 'talk',
      depth: Math.min(6, headingIsProse ? outDepth + 1 : outDepth),
      talk: talkOf(a, headingIsProse ? a.quoted! : a.title, group?.kind),
      section: a.section,
      notes: a.section.body
        .filter((node) => !a.consumed.has(node))
        .map((node) => withoutConsumedItems(node, a.consumed))
        .filter((node) => node.type !== 'list' || node.children.length > 0),
      subsections: [],
      headingIsProse,
    };
    parts.push(talk);
  }
  return parts;
}

/**
 * A post that gives most of its sections of one level to talks gives them all: a section there
 * with no sign of its own is one more talk (to review), not prose.
 */
function promoteSiblings(analyses: Analysis[]): void {
  const byDepth = new Map<number, Analysis[]>();
  for (const a of analyses) byDepth.set(a.section.depth, [...(byDepth.get(a.section.depth) ?? []), a]);
  for (const siblings of byDepth.values()) {
    const candidates = siblings.filter((a) => a.role === 'strong' || a.role === 'weak' || a.role === 'plain');
    const talks = candidates.filter((a) => a.role === 'strong' || a.role === 'weak').length;
    if (candidates.length >= 3 && talks / candidates.length >= 0.6) for (const a of candidates) if (a.role === 'plain') a.role = 'weak';
  }
}

/** A list without the items that moved into the metadata (a list left empty is dropped by the caller). */
function withoutConsumedItems(node: RootContent, consumed: Set<unknown>): RootContent {
  if (node.type !== 'list') return node;
  return { ...node, children: node.children.filter((item) => !consumed.has(item)) };
}

export const textOf = (nodes: readonly RootContent[]) => nodes.map((n) => toString(n)).join('\n');
