import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Mention } from '../schemas/talk.ts';
import { siteUrls, type SiteUrls } from '../urls.ts';
import { ContentReport, type ContentIssue } from './content-error.ts';
import { parseRecap, type RecapDraft, type TalkDraft } from './parse-recap.ts';
import { renderHtml } from './render-html.ts';
import { ToolMatcher, type MatchableTool } from './tool-matcher.ts';

/** A talk as one recap describes it, its notes already searched for tools and rendered. */
export interface CompiledTalk extends Omit<TalkDraft, 'notes'> {
  /** The heading and the metadata list, for the recap page (linked once the talk's URL is known). */
  head: RootContent[];
  mentions: Mention[];
  html: string;
  /** The start of the notes as plain text, for descriptions. */
  summary: string;
}

/** Prose of the recap (rendered), or the place of one of its talks. */
export type CompiledPart = { html: string } | { talk: number };

/**
 * One recap with everything that needs no other file done: parsed, mentions found, notes
 * linked and rendered. Plain data, so it can come back from a worker thread.
 */
export interface CompiledRecap extends Omit<RecapDraft, 'talks' | 'parts' | 'lineOf'> {
  lines: { conference: number; published: number };
  talks: CompiledTalk[];
  parts: CompiledPart[];
}

/** The first words of the notes, for a page's description. */
function summaryOf(nodes: readonly RootContent[]): string {
  let text = '';
  for (const node of nodes) {
    if (text.length >= 300) break;
    text += `${toString(node)} `;
  }
  return text.replace(/\s+/g, ' ').trim().slice(0, 300);
}

export function compileRecap(file: string, text: string, matcher: ToolMatcher, report: ContentReport, urls: SiteUrls): CompiledRecap | undefined {
  const draft = parseRecap(file, text, report);
  if (!draft) return undefined;
  const talks: CompiledTalk[] = [];
  const parts: CompiledPart[] = [];
  for (const part of draft.parts) {
    if (!part.talk) {
      parts.push({ html: renderHtml(part.nodes) });
      continue;
    }
    const { notes, ...talk } = part.talk;
    const mentions = matcher.mentionsIn(notes);
    // The links in the notes are shared by the talk page and the recap page.
    matcher.linkFirstMentions({ type: 'root', children: notes }, urls.tool);
    parts.push({ talk: talks.length });
    talks.push({ ...talk, head: part.nodes.slice(0, 2), mentions, html: renderHtml(notes), summary: summaryOf(notes) });
  }
  return {
    id: draft.id,
    file: draft.file,
    frontmatter: draft.frontmatter,
    valid: draft.valid,
    lines: { conference: draft.lineOf('conference'), published: draft.lineOf('published') },
    talks,
    parts,
  };
}

/** One recap compiled on its own, with the problems found in it. */
export interface CompileResult {
  recap: CompiledRecap | undefined;
  errors: ContentIssue[];
  warnings: ContentIssue[];
}

/**
 * Compiles a share of the recaps, each with its own report: what a worker thread does. `base` is
 * the site's base path, which the links written into the notes carry.
 */
export function compileFiles(files: readonly { file: string; text: string }[], tools: MatchableTool[], base: string): CompileResult[] {
  const matcher = new ToolMatcher(tools);
  const urls = siteUrls(base);
  return files.map(({ file, text }) => {
    const report = new ContentReport();
    const recap = compileRecap(file, text, matcher, report, urls);
    return { recap, errors: report.errors, warnings: report.warnings };
  });
}
