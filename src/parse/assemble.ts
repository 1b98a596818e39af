import type { Heading, List, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { CncfProject } from '../schemas/cncf-project.ts';
import type { Edition, Series } from '../schemas/conference.ts';
import type { Recap } from '../schemas/recap.ts';
import type { Speaker } from '../schemas/speaker.ts';
import type { Talk } from '../schemas/talk.ts';
import type { Tool } from '../schemas/tool.ts';
import type { speakerFileSchema } from '../schemas/speaker.ts';
import type { toolFileSchema } from '../schemas/tool.ts';
import type { z } from 'zod';
import type { SiteUrls } from '../urls.ts';
import type { ContentReport } from './content-error.ts';
import { didYouMean } from './did-you-mean.ts';
import { nameKey, toSlug } from './normalise.ts';
import type { CatalogueEntry } from './parse-catalogue.ts';
import type { Conferences } from './parse-conferences.ts';
import type { ProjectDraft } from './parse-cncf.ts';
import type { CompiledRecap, CompiledTalk } from './compile-recap.ts';
import { renderHtml } from './render-html.ts';

/** Every collection of the site, cross-linked both ways. */
export interface Content {
  series: Series[];
  editions: Edition[];
  recaps: Recap[];
  talks: Talk[];
  speakers: Speaker[];
  tools: Tool[];
  projects: CncfProject[];
}

export interface AssembleInput {
  conferences: Conferences;
  /** In file order, compiled (see compile-recap.ts). */
  recaps: Iterable<CompiledRecap>;
  tools: CatalogueEntry<z.infer<typeof toolFileSchema>>[];
  speakers: CatalogueEntry<z.infer<typeof speakerFileSchema>>[];
  projects: ProjectDraft[];
  /** The site's URLs, under its base path: recap pages link each talk's heading to its page. */
  urls: SiteUrls;
}

/** Hands out ASCII slugs that never collide: the second "foo" becomes "foo-2". */
class SlugRegistry {
  private readonly taken = new Set<string>();
  claim(text: string): string {
    const base = toSlug(text);
    let slug = base;
    for (let n = 2; this.taken.has(slug); n++) slug = `${base}-${n}`;
    this.taken.add(slug);
    return slug;
  }
}

function pushUnique<T>(list: T[], value: T): void {
  if (!list.includes(value)) list.push(value);
}

/** Resolves the catalogue: tools by any of their spellings, each checked against the CNCF projects. */
function resolveTools(input: AssembleInput, projectIds: Set<string>, report: ContentReport) {
  const tools = new Map<string, Tool>();
  const bySpelling = new Map<string, { id: string; file: string }>();
  for (const entry of input.tools) {
    const tool: Tool = { ...entry.value, id: entry.id, talks: [] };
    if (tool.project && !projectIds.has(tool.project)) {
      report.error({
        file: entry.file,
        line: entry.lineOf(['project']),
        field: 'project',
        message: `unknown CNCF project "${tool.project}"`,
        expected: 'the id of a project in content/cncf/projects.json',
        hint: didYouMean(tool.project, projectIds),
      });
      delete tool.project;
    }
    for (const spelling of [entry.id, tool.name, ...tool.aliases]) {
      const key = spelling.toLowerCase();
      const owner = bySpelling.get(key);
      if (owner && owner.id !== entry.id) {
        report.error({
          file: entry.file,
          line: entry.lineOf(spelling === tool.name ? ['name'] : ['aliases']),
          field: spelling === tool.name ? 'name' : 'aliases',
          message: `"${spelling}" already names the tool ${owner.id} (${owner.file})`,
          expected: 'each name and alias to belong to one tool',
        });
      } else bySpelling.set(key, { id: entry.id, file: entry.file });
    }
    tools.set(tool.id, tool);
  }
  return { tools, bySpelling };
}

/** People: one speaker per person, whatever the accents, case or alias used to write the name. */
class SpeakerDirectory {
  readonly speakers = new Map<string, Speaker>();
  private readonly byKey = new Map<string, string>();
  private readonly slugs = new SlugRegistry();
  private readonly fromFiles = new Map<string, CatalogueEntry<z.infer<typeof speakerFileSchema>>>();

  constructor(entries: AssembleInput['speakers'], report: ContentReport) {
    for (const entry of entries) {
      const speaker: Speaker = { ...entry.value, id: this.slugs.claim(entry.id), talks: [] };
      this.speakers.set(speaker.id, speaker);
      this.fromFiles.set(speaker.id, entry);
      for (const spelling of [entry.value.name, ...entry.value.aliases]) {
        const owner = this.byKey.get(nameKey(spelling));
        if (owner && owner !== speaker.id) {
          report.error({
            file: entry.file,
            line: entry.lineOf(['aliases']),
            field: 'aliases',
            message: `"${spelling}" already names the speaker ${owner}`,
            expected: 'each name and alias to belong to one person',
          });
        } else this.byKey.set(nameKey(spelling), speaker.id);
      }
    }
  }

  /** The speaker a name refers to, created on first sight. */
  resolve(name: string): Speaker {
    const key = nameKey(name);
    const known = this.byKey.get(key);
    if (known) return this.speakers.get(known)!;
    const speaker: Speaker = { id: this.slugs.claim(name), name, aliases: [], links: [], talks: [] };
    this.speakers.set(speaker.id, speaker);
    this.byKey.set(key, speaker.id);
    return speaker;
  }

  /** A speaker file that matches nobody who spoke is a dangling reference. */
  reportUnused(report: ContentReport): void {
    const spoken = [...this.speakers.values()].filter((s) => s.talks.length > 0).map((s) => s.name);
    for (const [id, entry] of this.fromFiles) {
      if (this.speakers.get(id)!.talks.length > 0) continue;
      report.error({
        file: entry.file,
        line: entry.lineOf(['name']),
        field: 'name',
        message: `no talk has a speaker named "${entry.value.name}" or one of its aliases`,
        expected: 'the name of a speaker as a recap writes it',
        hint: didYouMean(entry.value.name, spoken),
      });
    }
  }
}

/**
 * Turns parsed files into the site's collections: talks covered by several recaps merged,
 * speakers unified, tools found in the notes and linked, every reference checked.
 */
export function assembleContent(input: AssembleInput, report: ContentReport): Content {
  const editions = new Map(input.conferences.editions.map((e) => [e.id, e]));
  const projects = new Map<string, CncfProject>(input.projects.map((p) => [p.id, { ...p, tools: [], talks: [] }]));
  const { tools, bySpelling } = resolveTools(input, new Set(projects.keys()), report);
  const people = new SpeakerDirectory(input.speakers, report);

  const talks = new Map<string, Talk>();
  const talkByExplicitId = new Map<string, Talk>();
  const talkByTitle = new Map<string, Talk>();
  const slugsByEdition = new Map<string, SlugRegistry>();
  const recaps: Recap[] = [];
  const recapIds = new Set<string>();

  for (const draft of input.recaps) {
    const { frontmatter: fm, file } = draft;
    if (recapIds.has(draft.id)) {
      report.error({ file, line: 1, field: 'file name', message: `recap id "${draft.id}" is used by another file`, expected: 'one file per recap id (foo.md and foo.mdx clash)' });
      continue;
    }
    recapIds.add(draft.id);
    const edition = typeof fm?.conference === 'string' ? editions.get(fm.conference) : undefined;
    if (!edition && typeof fm?.conference === 'string') {
      report.error({
        file,
        line: draft.lines.conference,
        field: 'conference',
        message: `unknown conference "${fm.conference}"`,
        expected: `an edition id from content/conferences.yaml: ${[...editions.keys()].join(', ')}`,
        hint: didYouMean(fm.conference, editions.keys()),
      });
    }
    if (!edition || !draft.valid) continue;
    if (fm.published < edition.start) {
      report.error({
        file,
        line: draft.lines.published,
        field: 'published',
        message: `published ${fm.published}, before ${edition.id} began (${edition.start})`,
        expected: `a date on or after ${edition.start}: a recap follows its conference`,
        hint: `check the year, or the conference (${fm.conference})`,
      });
    }

    const recap: Recap = { ...fm, id: draft.id, file, talks: [], sections: [] };
    const seenInRecap = new Set<Talk>();
    for (const part of draft.parts) {
      if ('html' in part) {
        recap.sections.push({ html: part.html });
        continue;
      }
      const talkDraft = draft.talks[part.talk];
      const talk = mergeTalk(talkDraft, edition, draft, {
        report,
        talks,
        talkByExplicitId,
        talkByTitle,
        slugs: slugsByEdition.get(edition.id) ?? slugsByEdition.set(edition.id, new SlugRegistry()).get(edition.id)!,
      });
      if (!talk) continue;
      if (seenInRecap.has(talk)) {
        report.error({ file, line: talkDraft.line, field: 'heading', message: `talk "${talkDraft.title}" is described twice in this recap`, expected: 'one section per talk in a recap' });
        continue;
      }
      seenInRecap.add(talk);
      for (const credit of talkDraft.speakers) {
        const speaker = people.resolve(credit.name);
        const existing = talk.speakers.find((s) => s.speaker === speaker.id);
        if (!existing) talk.speakers.push(credit.company ? { speaker: speaker.id, company: credit.company } : { speaker: speaker.id });
        else if (!existing.company && credit.company) existing.company = credit.company;
        pushUnique(speaker.talks, talk.id);
      }
      for (const company of talkDraft.companies) pushUnique(talk.companies, company);
      if (talkDraft.speakers.length) talk.speakersUnknown = false;
      for (const { name, line } of talkDraft.toolNames) {
        const owner = bySpelling.get(name.toLowerCase());
        if (owner) pushUnique(talk.tools, owner.id);
        else
          report.error({
            file,
            line,
            field: 'Tools',
            message: `unknown tool "${name}"`,
            expected: 'a tool of the catalogue (content/tools/<id>.yaml), by its name or an alias',
            hint: didYouMean(name, bySpelling.keys()) ?? `add content/tools/${toSlug(name)}.yaml`,
          });
      }
      for (const mention of talkDraft.mentions) {
        pushUnique(talk.tools, mention.tool);
        if (!talk.mentions.some((m) => m.tool === mention.tool)) talk.mentions.push(mention);
      }
      const anchor = talk.slug;
      talk.notes.push({
        recap: recap.id,
        title: talkDraft.title,
        lang: fm.lang,
        line: talkDraft.line,
        anchor,
        depth: talkDraft.depth,
        html: talkDraft.html,
        summary: talkDraft.summary,
      });
      if (talkDraft.title !== talk.title) pushUnique(talk.otherTitles, talkDraft.title);
      recap.talks.push(talk.id);
      // The recap page shows the talk's notes from the talk itself: stored once.
      recap.sections.push({ html: renderHtml(linkedHeading(talkDraft.head, anchor, input.urls.talk(talk.id))), talk: talk.id });
    }
    recaps.push(recap);
  }
  people.reportUnused(report);

  // Reverse relations, in one pass each. A talk reaches a project through several of its
  // tools at most a handful of times: compare with the last one added, not the whole list.
  for (const talk of talks.values()) {
    for (const toolId of talk.tools) {
      const tool = tools.get(toolId)!;
      tool.talks.push(talk.id);
      const project = tool.project ? projects.get(tool.project) : undefined;
      if (project && project.talks.at(-1) !== talk.id) project.talks.push(talk.id);
    }
  }
  for (const tool of tools.values()) {
    if (tool.project) projects.get(tool.project)?.tools.push(tool.id);
  }

  return {
    series: input.conferences.series,
    editions: input.conferences.editions,
    recaps,
    talks: [...talks.values()],
    speakers: [...people.speakers.values()],
    tools: [...tools.values()],
    projects: [...projects.values()],
  };
}

interface MergeState {
  report: ContentReport;
  talks: Map<string, Talk>;
  talkByExplicitId: Map<string, Talk>;
  talkByTitle: Map<string, Talk>;
  slugs: SlugRegistry;
}

/** The talk a section describes: an existing one (same Id, or same edition and title) or a new one. */
function mergeTalk(draft: CompiledTalk, edition: Edition, recap: CompiledRecap, state: MergeState): Talk | undefined {
  const titleKey = `${edition.id}|${nameKey(draft.title)}`;
  let talk = draft.explicitId ? state.talkByExplicitId.get(draft.explicitId) : undefined;
  talk ??= state.talkByTitle.get(titleKey);
  if (talk && talk.edition !== edition.id) {
    state.report.error({
      file: recap.file,
      line: draft.line,
      field: 'Id',
      message: `talk id "${draft.explicitId}" is already used by a talk of ${talk.edition}`,
      expected: 'the same Id only for the same talk, at the same edition',
    });
    return undefined;
  }
  if (!talk) {
    const slug = state.slugs.claim(draft.title);
    talk = {
      id: `${edition.id}/${slug}`,
      slug,
      title: draft.title,
      otherTitles: [],
      edition: edition.id,
      kind: draft.kind,
      speakers: [],
      speakersUnknown: draft.speakersUnknown,
      companies: [],
      tools: [],
      mentions: [],
      notes: [],
    };
    state.talks.set(talk.id, talk);
  }
  if (draft.explicitId) state.talkByExplicitId.set(draft.explicitId, talk);
  state.talkByTitle.set(titleKey, talk);
  if (talk.kind === 'talk') talk.kind = draft.kind;
  talk.video ??= draft.video;
  talk.slides ??= draft.slides;
  return talk;
}

/**
 * The talk's heading on the recap page, anchored and linked to the talk's own page; its
 * metadata list shown as one discreet line (without the Id, which only joins recaps).
 */
function linkedHeading(nodes: readonly RootContent[], anchor: string, href: string): RootContent[] {
  const [heading, metadata] = nodes as [Heading, List];
  const linked: Heading = {
    ...heading,
    data: { hProperties: { id: anchor } },
    children: [{ type: 'link', url: href, children: heading.children as never }],
  };
  const shown: List = {
    ...metadata,
    data: { hProperties: { className: ['talk-meta'] } },
    children: metadata.children.filter((item) => !/^\s*id\s*:/i.test(toString(item))),
  };
  return [linked, shown];
}
