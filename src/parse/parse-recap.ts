import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { httpUrlSchema, idSchema, plainNameSchema } from '../schemas/common.ts';
import { recapFrontmatterSchema, type RecapFrontmatter } from '../schemas/recap.ts';
import { talkKinds, type TalkKind } from '../schemas/talk.ts';
import type { ContentReport } from './content-error.ts';
import { didYouMean } from './did-you-mean.ts';
import { idFromFileName } from './file-id.ts';
import { parseMarkdown, stripMdx } from './markdown.ts';
import { nameKey } from './normalise.ts';
import { readYaml } from './read-yaml.ts';
import { warnReview } from './review-warnings.ts';
import { splitList, splitSpeakers, type SpeakerCredit } from './split-speakers.ts';
import { readMetadataList, type MetadataEntry } from './talk-metadata.ts';
import { validate } from './validate.ts';
import { videoFromUrl } from './video-url.ts';

/** A talk as one recap describes it, before talks of all recaps are merged and resolved. */
export interface TalkDraft {
  title: string;
  line: number;
  depth: number;
  explicitId?: string;
  kind: TalkKind;
  /** The recap says it does not know who spoke ("Speakers: unknown"). */
  speakersUnknown: boolean;
  speakers: SpeakerCredit[];
  companies: string[];
  video?: string;
  slides?: string;
  /** Names as written under Tools, resolved against the catalogue later. */
  toolNames: { name: string; line: number }[];
  /** The talk's notes: the nodes after its metadata list, up to its end. */
  notes: RootContent[];
}

/** A run of the recap's body: prose between talks, or one talk (heading, metadata and notes). */
export interface RecapPart {
  nodes: RootContent[];
  talk?: TalkDraft;
}

export interface RecapDraft {
  id: string;
  file: string;
  frontmatter: RecapFrontmatter;
  /** False when the frontmatter has errors: the body is still read, so every error is reported. */
  valid: boolean;
  /** Line of a frontmatter field, for messages about it. */
  lineOf(field: string): number;
  talks: TalkDraft[];
  parts: RecapPart[];
}

/** Values of Speakers meaning the recap does not say who spoke. */
const UNKNOWN_SPEAKERS = new Set(['unknown', 'inconnu', 'inconnus', 'non precise', 'non precises']);

const KIND_SYNONYMS: Record<string, TalkKind> = {
  conference: 'talk',
  presentation: 'talk',
  'table ronde': 'panel',
  atelier: 'workshop',
  'lightning talk': 'lightning',
  'deep dive': 'deep-dive',
};

function readKind(entry: MetadataEntry, file: string, report: ContentReport): TalkKind {
  const key = nameKey(entry.value);
  const kind = (talkKinds as readonly string[]).includes(entry.value.toLowerCase())
    ? (entry.value.toLowerCase() as TalkKind)
    : KIND_SYNONYMS[key];
  if (kind) return kind;
  report.error({
    file,
    line: entry.line,
    field: entry.written,
    message: `"${entry.value}" is not a kind of talk`,
    expected: `one of ${talkKinds.join(', ')}`,
    hint: didYouMean(entry.value, talkKinds),
  });
  return 'talk';
}

function readUrl(entry: MetadataEntry, file: string, report: ContentReport): string | undefined {
  const url = entry.url ?? entry.value;
  const checked = httpUrlSchema.safeParse(url);
  if (checked.success) return url;
  const [issue] = checked.error.issues;
  const markup = issue.code === 'custom';
  report.error({
    file,
    line: entry.line,
    field: entry.written,
    message: markup ? `"${url}" is not a URL: it holds a raw quote, space or angle bracket` : `"${url}" is not a URL`,
    expected: 'an absolute http(s) URL with no raw quote, space or angle bracket, e.g. https://www.youtube.com/watch?v=...',
    hint: markup ? (issue as { params?: { hint?: string } }).params?.hint : 'write the full address, starting with https://',
  });
  return undefined;
}

/** The talk's video: a YouTube or Vimeo address under its one canonical form, any other URL as written. */
function readVideo(entry: MetadataEntry, file: string, report: ContentReport): string | undefined {
  const url = readUrl(entry, file, report);
  return url && (videoFromUrl(url)?.watch ?? url);
}

/** Names of a metadata line that hold markup are errors: a name is text, whatever it is of. */
function plainNames(names: string[], entry: MetadataEntry, file: string, report: ContentReport): string[] {
  return names.filter((name) => {
    const checked = plainNameSchema.safeParse(name);
    if (checked.success) return true;
    report.error({
      file,
      line: entry.line,
      field: entry.written,
      message: `"${name}" holds markup`,
      expected: checked.error.issues[0].message,
      hint: (checked.error.issues[0] as { params?: { hint?: string } }).params?.hint,
    });
    return false;
  });
}

function readTalk(heading: Heading, entries: MetadataEntry[], file: string, report: ContentReport): TalkDraft {
  const line = heading.position?.start.line ?? 0;
  const talk: TalkDraft = {
    // The title is the heading's text: code spans as their text, raw HTML tags left out.
    title: toString(heading, { includeHtml: false }).replace(/\s+/g, ' ').trim(),
    line,
    depth: heading.depth,
    kind: 'talk',
    speakersUnknown: false,
    speakers: [],
    companies: [],
    toolNames: [],
    notes: [],
  };
  let namesRejected = false;
  for (const entry of entries) {
    switch (entry.key) {
      case 'speakers':
        if (UNKNOWN_SPEAKERS.has(nameKey(entry.value)) || entry.value.trim() === '?') talk.speakersUnknown = true;
        else {
          const credits = splitSpeakers(entry.value);
          const plain = new Set(plainNames(credits.flatMap((c) => [c.name, c.company ?? '']).filter(Boolean), entry, file, report));
          talk.speakers = credits.filter((c) => plain.has(c.name) && (!c.company || plain.has(c.company)));
          namesRejected = talk.speakers.length < credits.length;
        }
        break;
      case 'company':
        talk.companies = plainNames(splitList(entry.value), entry, file, report);
        break;
      case 'tools':
        talk.toolNames = plainNames(splitList(entry.value), entry, file, report).map((name) => ({ name, line: entry.line }));
        break;
      case 'kind':
        talk.kind = readKind(entry, file, report);
        break;
      case 'video':
        talk.video = readVideo(entry, file, report);
        break;
      case 'slides':
        talk.slides = readUrl(entry, file, report);
        break;
      case 'id':
        if (idSchema.safeParse(entry.value).success) talk.explicitId = entry.value;
        else
          report.error({
            file,
            line: entry.line,
            field: entry.written,
            message: `"${entry.value}" is not a valid talk id`,
            expected: 'lowercase letters, digits and single hyphens',
            hint: 'e.g. kcd-france-2023-chaos-engineering',
          });
        break;
    }
  }
  if (!talk.title) {
    report.error({ file, line, field: 'heading', message: 'the talk heading is empty', expected: "the talk's title" });
  }
  if (talk.speakers.length === 0 && talk.companies.length === 0 && !talk.speakersUnknown && !namesRejected) {
    report.error({
      file,
      line,
      field: 'Speakers',
      message: `talk "${talk.title}" has neither speakers nor company`,
      expected: 'a "Speakers: Name (Company), ..." line, or "Company: Name" when the recap names only the company',
      hint: 'write "Speakers: unknown" when the recap does not say who spoke',
    });
  }
  return talk;
}

/** Turns one recap file into its frontmatter and the talks it describes, reporting every problem. */
export function parseRecap(file: string, text: string, report: ContentReport): RecapDraft | undefined {
  const name = file.split('/').pop() ?? file;
  let tree: Root;
  try {
    tree = parseMarkdown(text, name.endsWith('.mdx'));
  } catch (error) {
    const place = (error as { line?: number }).line;
    report.error({
      file,
      line: typeof place === 'number' ? place : 1,
      field: 'MDX',
      message: (error as Error).message.split('\n')[0],
      expected: 'valid MDX: close every tag, escape { and < in text',
      hint: 'rename the file to .md if it uses no MDX feature',
    });
    return undefined;
  }

  stripMdx(tree, (kind, line) =>
    report.warn({
      file,
      line,
      field: kind,
      message: 'MDX code and components are not rendered in recaps: only their text is kept',
      expected: 'plain Markdown',
    }),
  );

  const id = idFromFileName(file, /\.mdx?$/, 'kubecon-eu-2019-day-3.md', report) ?? name;

  const [first, ...body] = tree.children;
  if (first?.type !== 'yaml') {
    report.error({
      file,
      line: 1,
      field: 'frontmatter',
      message: 'the recap has no frontmatter',
      expected: 'a YAML block between two "---" lines at the top: title, conference, authors, organisation, lang, published',
    });
    return undefined;
  }
  const yaml = readYaml(first.value, file, report, (first.position?.start.line ?? 1) + 1);
  if (!yaml) return undefined;
  const frontmatter = validate(recapFrontmatterSchema, yaml.value ?? {}, { file, report, lineOf: yaml.lineOf });
  // A code span in the title is its text, as in a talk's heading: titles are plain text everywhere.
  if (frontmatter) frontmatter.title = frontmatter.title.replace(/(`+)(.+?)\1/g, '$2');
  warnReview(frontmatter?.review, file, (index) => yaml.lineOf(['review', index]), report, 'to review');

  const talks: TalkDraft[] = [];
  const parts: RecapPart[] = [];
  let current: TalkDraft | undefined;
  let prose: RootContent[] = [];
  for (let i = 0; i < body.length; i++) {
    const node = body[i];
    const next = body[i + 1];
    const entries =
      node.type === 'heading' && node.depth >= 2 && next?.type === 'list' ? readMetadataList(next, file, report) : undefined;
    if (node.type === 'heading' && entries) {
      if (prose.length) parts.push({ nodes: prose });
      prose = [];
      current = readTalk(node, entries, file, report);
      talks.push(current);
      parts.push({ nodes: [node, next as RootContent], talk: current });
      i++;
      continue;
    }
    // A talk's notes end at a heading of its level or above.
    if (current && node.type === 'heading' && node.depth <= current.depth) current = undefined;
    if (current) {
      current.notes.push(node);
      parts[parts.length - 1].nodes.push(node);
    } else prose.push(node);
  }
  if (prose.length) parts.push({ nodes: prose });

  if (talks.length === 0) {
    report.warn({
      file,
      line: 1,
      field: 'talks',
      message: 'this recap describes no talk',
      expected: 'a heading (## or deeper) followed by a list with "- Speakers: ..." for each talk',
    });
  }
  return {
    id,
    file,
    // An invalid frontmatter is kept as written so later stages can still check its references.
    frontmatter: frontmatter ?? (yaml.value as RecapFrontmatter),
    valid: frontmatter !== undefined,
    lineOf: (field) => yaml.lineOf([field]),
    talks,
    parts,
  };
}
