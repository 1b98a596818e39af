import type { RootContent } from 'mdast';
import type { Mention } from '../schemas/talk.ts';
import { siteUrls, type SiteUrls } from '../urls.ts';
import { ContentReport, type ContentIssue } from './content-error.ts';
import { parseRecap, type RecapDraft, type TalkDraft } from './parse-recap.ts';
import { describeRemovals, removalsByLine, renderNotes, type RenderedNotes } from './render-html.ts';
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
const summaryOf = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 300);

/** Each line of raw HTML the sanitiser changed is a warning: nothing leaves the notes unsaid. */
function reportRemovals(file: string, rendered: RenderedNotes, report: ContentReport): string {
  for (const removals of removalsByLine(rendered.removals)) {
    report.warn({
      file,
      line: removals[0].line,
      field: 'HTML',
      message: describeRemovals(removals),
      expected: 'HTML of the notes: p, a and img with http(s) URLs, em, strong, code, pre, lists, blockquote, tables, details, figure',
      hint: 'write it in Markdown, or leave it: the text is kept, only the markup goes',
    });
  }
  return rendered.html;
}

export function compileRecap(file: string, text: string, matcher: ToolMatcher, report: ContentReport, urls: SiteUrls): CompiledRecap | undefined {
  const draft = parseRecap(file, text, report);
  if (!draft) return undefined;
  const talks: CompiledTalk[] = [];
  const parts: CompiledPart[] = [];
  for (const part of draft.parts) {
    if (!part.talk) {
      parts.push({ html: reportRemovals(file, renderNotes(part.nodes), report) });
      continue;
    }
    const { notes, ...talk } = part.talk;
    const mentions = matcher.mentionsIn(notes);
    // The links in the notes are shared by the talk page and the recap page.
    matcher.linkFirstMentions({ type: 'root', children: notes }, urls.tool);
    // The heading and metadata are rendered on the recap page: what the sanitiser takes from them is said too.
    reportRemovals(file, renderNotes(part.nodes.slice(0, 2)), report);
    parts.push({ talk: talks.length });
    // An embedded player in the notes is the talk's video when the metadata gives none.
    const rendered = renderNotes(notes, { takeVideo: !talk.video });
    if (rendered.video) talk.video = rendered.video.watch;
    const html = reportRemovals(file, rendered, report);
    talks.push({ ...talk, head: part.nodes.slice(0, 2), mentions, html, summary: summaryOf(rendered.text) });
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
