import { basename, dirname } from 'node:path';
import type { Heading, Nodes, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { formatIssue } from '../parse/content-error.ts';
import { didYouMean } from '../parse/did-you-mean.ts';
import { parseContent } from '../parse/load-content.ts';
import { nameKey, toSlug } from '../parse/normalise.ts';
import { ToolMatcher, type MatchableTool } from '../parse/tool-matcher.ts';
import type { Edition, Series } from '../schemas/conference.ts';
import type { RecapFrontmatter } from '../schemas/recap.ts';
import { classifyTalks, type FoundTalk, type Part } from './classify-talks.ts';
import { addToConferences } from './conferences-file.ts';
import { detectLang, langOf } from './detect-lang.ts';
import { fixLinks, isAbsolute } from './fix-links.ts';
import { guessConference } from './guess-conference.ts';
import { byline, organisationIn } from './meta-from-text.ts';
import { readPost } from './read-post.ts';
import type { Post } from './post.ts';
import { splitSections, type Section } from './sections.ts';
import type { TalkToWrite } from './write-recap.ts';
import { writeRecap } from './write-recap.ts';

/** The content folder the recaps are imported into, read once for every file. */
export interface ImportContext {
  /** The folder as the check names its files ("content"). */
  dir: string;
  sources: Map<string, string>;
  series: Series[];
  editions: Edition[];
  tools: MatchableTool[];
  /** Problems the folder already had, so an import is judged only by what it adds. */
  knownErrors: Set<string>;
}

export function importContext(sources: Map<string, string>, dir: string): ImportContext {
  const { content, report } = parseContent(sources, dir);
  return {
    dir,
    sources,
    series: content.series,
    editions: content.editions,
    tools: content.tools.map(({ id, name, aliases, commonWord }) => ({ id, name, aliases, commonWord })),
    knownErrors: new Set(report.errors.map(formatIssue)),
  };
}

/** One talk as the report gives it. */
export interface ReportedTalk {
  title: string;
  line: number;
  speakers: { name: string; company: string | null }[];
  /** The companies of a talk whose post names no speaker ("le talk d'Intuit"); not in the JSON report. */
  companies?: string[];
  video: string | null;
  slides: string | null;
  tools: string[];
}

export interface ImportedRecap {
  source: string;
  id: string;
  /** Where the check reads it: `<content>/recaps/<id>.md`. */
  checkedAs: string;
  text: string;
  /** conferences.yaml with the new edition, when one was added. */
  conferences?: string;
  /** What the import did besides writing the recap ("edition ... added"), for the report. */
  notes: string[];
  conference: string;
  review: string[];
  talks: ReportedTalk[];
}

const PLACEHOLDER = 'TO REVIEW';

/** A post that cannot be imported, with what is wrong; anything else thrown is a bug of the importer. */
export class PostError extends Error {
  override name = 'PostError';
}

/** The recap id of a post: its file name without date or extension, or its title when the name says nothing. */
function recapId(file: string, title: string | undefined): string {
  let name = basename(file).replace(/\.[a-z]+$/i, '');
  if (/^(?:index|_index|post|article|page)$/i.test(name)) name = basename(dirname(file));
  name = name.replace(/^\d{4}-\d{2}-\d{2}[-_]/, '');
  const meaningless = !/[a-z]{3,}/i.test(name.replace(/[0-9a-f]{6,}/gi, ''));
  const fromTitle = title ? toSlug(title).split('-').reduce((acc, w) => (acc.length + w.length < 60 ? (acc ? `${acc}-${w}` : w) : acc), '') : '';
  return (meaningless && fromTitle ? fromTitle : toSlug(name)) || 'imported-recap';
}

/** Authors and date from the post's bylines ("Rédigé par A & B le 10/03/2023", "Publié par A"). */
function bylines(nodes: readonly RootContent[]) {
  const authors: string[] = [];
  let date: string | undefined;
  for (const node of [...nodes.slice(0, 12), ...nodes.slice(-20)]) {
    if (node.type !== 'paragraph') continue;
    const found = byline(toString(node));
    if (!found) continue;
    for (const a of found.authors) if (!authors.includes(a)) authors.push(a);
    date ??= found.date;
  }
  return { authors, date };
}

/**
 * Imports one post: reads it, finds its talks and their metadata, guesses the conference,
 * and writes the recap, which must pass the check like a hand-written one. Throws with a
 * message naming what is wrong when the post cannot be imported.
 */
export function importPost(file: string, text: string, ctx: ImportContext, options: { conference?: string; takenIds?: ReadonlySet<string> } = {}): ImportedRecap {
  let post;
  try {
    post = readPost(file, text);
  } catch (error) {
    throw new PostError(`cannot read the post: ${(error as Error).message.split('\n')[0]}`);
  }
  const review: string[] = [];
  const notes: string[] = [];
  const { intro, sections, definitions, title: sectionTitle } = splitSections(post.tree, post.meta.title);
  const allNodes = post.tree.children;
  const fromBylines = bylines(allNodes);
  const matcher = new ToolMatcher(ctx.tools);
  const isTool = (word: string) => [...matcher.matchesIn(word)].some((m) => m.index === 0);
  const title = post.meta.title ?? sectionTitle;
  let parts = classifyTalks(sections, post.format, isTool);
  let introNodes = intro;
  // A post about one talk ("My notes on X by Y"): when no section is a talk, the whole post is.
  if (!parts.some((p) => p.type === 'talk') && title) {
    const whole = singleTalk(title, intro, sections, post.format, isTool);
    if (whole) {
      parts = [whole];
      introNodes = [];
    }
  }
  const fileDate = /(\d{4}-\d{2}-\d{2})/.exec(basename(file))?.[1];
  const date = post.meta.date ?? fromBylines.date ?? fileDate;

  // The conference.
  let conference = options.conference;
  let conferences: string | undefined;
  let edition: Edition | undefined;
  if (conference) {
    edition = ctx.editions.find((e) => e.id === conference);
    if (!edition) throw new PostError(`--conference ${conference} is not an edition of conferences.yaml${hintFor(conference, ctx)}`);
  } else {
    const guess = guessConference({ title: title ?? '', keywords: post.meta.keywords, text: post.text, date, series: ctx.series, editions: ctx.editions });
    if (!guess) throw new PostError('no conference named in the post (KubeCon, KCD or a series of conferences.yaml): give one with --conference EDITION-ID');
    conference = guess.edition;
    review.push(...guess.guesses);
    if (guess.added) notes.push(guess.added);
    if (guess.newEdition) {
      edition = guess.newEdition;
      conferences = addToConferences(ctx.sources.get(`${ctx.dir}/conferences.yaml`) ?? 'series: []\neditions: []\n', guess.newSeries, guess.newEdition);
    } else edition = ctx.editions.find((e) => e.id === conference);
  }

  // The front matter.
  const authors = post.meta.authors.length ? post.meta.authors : fromBylines.authors;
  if (!authors.length) review.push('authors not found in the post');
  const organisation = post.meta.organisation ?? organisationIn(post.text);
  if (!organisation) review.push('organisation not found in the post');
  else if (!post.meta.organisation) review.push(`organisation "${organisation}" guessed from the text`);
  let lang = langOf(post.meta.lang);
  if (!lang) {
    lang = detectLang(post.text);
    review.push(`language detected as ${lang}`);
  }
  let published = date;
  if (!published) {
    published = edition?.end ?? `${new Date().getUTCFullYear()}-01-01`;
    review.push(`publication date not found: set to ${published}`);
  } else if (edition && published < edition.start) {
    review.push(`the post is dated ${published}, before the edition began: set to ${edition.start}`);
    published = edition.start;
  }
  if (!title) review.push('title not found in the post');
  const { images, links } = fixLinks([...introNodes, ...sections.flatMap((s) => [s.heading, ...s.body])] as Nodes[], post.meta.source);
  for (const image of images) review.push(`image ${image} not imported (relative path): copy it and link it by its full URL`);
  for (const link of links) review.push(`link ${link} removed (relative address)`);

  // The talks: tools named in their own section, titles unique within the recap.
  const toWrite = new Map<Part, TalkToWrite>();
  const reported: ReportedTalk[] = [];
  const seenTitles = new Set<string>();
  for (const part of parts) {
    if (part.type !== 'talk') continue;
    const t: FoundTalk = part.talk;
    review.push(...t.review);
    let heading = t.title.replace(/\s+/g, ' ').trim() || 'Untitled talk';
    for (let n = 2; seenTitles.has(nameKey(heading)); n++) heading = `${t.title} (${n})`;
    seenTitles.add(nameKey(heading));
    const mentions = matcher.mentionsIn([part.section.heading, ...part.notes, ...part.subsections.flatMap((s) => [s.heading, ...s.body])] as Nodes[]);
    const tools = mentions.map((m) => ctx.tools.find((tool) => tool.id === m.tool)!.name);
    toWrite.set(part, { title: heading, kind: t.kind, speakers: t.speakers, companies: t.companies, video: t.video, slides: t.slides, tools });
    reported.push({
      title: heading,
      line: t.line,
      speakers: t.speakers.map((s) => ({ name: s.name, company: s.company ?? null })),
      companies: t.companies,
      video: t.video ?? null,
      slides: t.slides ?? null,
      tools,
    });
  }
  if (!reported.length) review.push('no talk found in the post');

  const frontmatter: RecapFrontmatter = {
    title: title ?? PLACEHOLDER,
    conference,
    authors: authors.length ? authors : [PLACEHOLDER],
    organisation: organisation ?? PLACEHOLDER,
    lang,
    published,
    source: post.meta.source,
    review: review.length ? review : undefined,
  };
  // Two posts of one run with the same name get two recaps.
  let id = recapId(file, title);
  for (let n = 2; options.takenIds?.has(id); n++) id = `${recapId(file, title)}-${n}`;
  const recapText = writeRecap(frontmatter, introNodes, parts, toWrite, definitions.filter((d) => d.type === 'definition' && isAbsolute(d.url)));
  const checkedAs = `${ctx.dir}/recaps/${id}.md`;
  checkRecap(ctx, checkedAs, recapText, conferences);
  return { source: file, id, checkedAs, text: recapText, conferences, notes, conference, review, talks: reported };
}

/** The post as one talk, its title the talk's, its sections the notes' sub-sections; when the post shows it is one. */
function singleTalk(title: string, intro: RootContent[], sections: Section[], format: Post['format'], isTool: (word: string) => boolean): Part | undefined {
  const line = intro[0]?.position?.start.line ?? sections[0]?.line ?? 1;
  const heading: Heading = { type: 'heading', depth: 2, children: [{ type: 'text', value: title }], position: intro[0]?.position };
  const [part] = classifyTalks([{ title, depth: 2, line, heading, body: intro }], format, isTool);
  if (part?.type !== 'talk' || part.talk.review.some((r) => r.includes('taken for a talk'))) return undefined;
  // "Notes on “Kubernetes at the edge” by Jane Doe": the quoted words are the talk's title.
  const quoted = /[“"«]\s*([^”"»]{4,160}?)\s*[”"»]/u.exec(part.talk.title)?.[1];
  return { ...part, talk: { ...part.talk, line, title: quoted ?? part.talk.title }, subsections: sections };
}

function hintFor(id: string, ctx: ImportContext): string {
  const near = didYouMean(id, ctx.editions.map((e) => e.id));
  return near ? ` (did you mean ${near}?)` : '';
}

/** The recap must pass the check in its content folder; what it adds to the folder's errors is thrown. */
function checkRecap(ctx: ImportContext, path: string, text: string, conferences: string | undefined): void {
  const sources = new Map(ctx.sources);
  sources.set(path, text);
  if (conferences) sources.set(`${ctx.dir}/conferences.yaml`, conferences);
  const { report } = parseContent(sources, ctx.dir);
  const added = report.errors.map(formatIssue).filter((issue) => !ctx.knownErrors.has(issue));
  if (added.length) throw new PostError(`the recap written would not pass the check:\n${added.join('\n')}`);
}
