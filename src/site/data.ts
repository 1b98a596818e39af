import { getCollection } from 'astro:content';
import { resolveEntities } from '../entities/entities.ts';
import { withNotesHtml } from '../collections/notes-html.ts';
import { coOccurrence } from '../relations/co-occurrence.ts';
import { groupBy } from '../relations/group-by.ts';
import { relatedTalks } from '../relations/related-talks.ts';
import { shareSite } from '../cache/shared-site.ts';
import { trackedSite } from '../cache/tracked-site.ts';
import { today } from './today.ts';
import type { CncfProject } from '../schemas/cncf-project.ts';
import type { Edition, Series } from '../schemas/conference.ts';
import type { Recap } from '../schemas/recap.ts';
import type { Speaker } from '../schemas/speaker.ts';
import type { Talk } from '../schemas/talk.ts';
import type { Tool } from '../schemas/tool.ts';

function byId<T extends { id: string }>(items: T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/**
 * The collections and the indexes pages need, computed once per build (every page asks for
 * them; rebuilding them per page would make the site quadratic in its talks).
 */
async function load() {
  const data = <T>(entries: { data: T }[]) => entries.map((entry) => entry.data);
  const [series, editions, recaps, talks, speakers, tools, projects]: [Series[], Edition[], Recap[], Talk[], Speaker[], Tool[], CncfProject[]] = await Promise.all([
    getCollection('series').then(data),
    getCollection('editions').then(data),
    getCollection('recaps').then(data),
    getCollection('talks').then(data).then(withNotesHtml),
    getCollection('speakers').then(data),
    getCollection('tools').then(data),
    getCollection('projects').then(data),
  ]);
  const editionById = byId(editions);
  const seriesById = byId(series);
  // Newest edition first; within an edition, the order recaps give.
  const editionsNewestFirst = [...editions].sort((a, b) => b.start.localeCompare(a.start) || a.id.localeCompare(b.id));
  const editionRank = new Map(editionsNewestFirst.map((e, i) => [e.id, i]));
  // A stable sort: talks of one edition keep their order.
  const talksSorted = [...talks].sort((a, b) => editionRank.get(a.edition)! - editionRank.get(b.edition)!);

  const talksByYear = groupBy(talksSorted, (t) => String(editionById.get(t.edition)!.year));
  const talkById = byId(talks);
  const talkRank = new Map(talksSorted.map((t, i) => [t.id, i]));

  return {
    series: [...series].sort((a, b) => a.name.localeCompare(b.name)),
    editions: editionsNewestFirst,
    recaps: [...recaps].sort((a, b) => b.published.localeCompare(a.published) || a.id.localeCompare(b.id)),
    talks: talksSorted,
    speakers: [...speakers].sort((a, b) => a.name.localeCompare(b.name, 'fr')),
    tools: [...tools].sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' })),
    projects: [...projects].sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' })),
    seriesById,
    /** "KubeCon EU 2019": how an edition is named in lists, search filters and metadata. */
    editionName: new Map(editions.map((e) => [e.id, `${seriesById.get(e.series)!.shortName} ${e.year}`])),
    editionById,
    recapById: byId(recaps),
    talkById,
    speakerById: byId(speakers),
    toolById: byId(tools),
    projectById: byId(projects),
    /** The talks of a list of ids, in the site's order (newest edition first). */
    talksOf: (ids: readonly string[]): Talk[] => [...new Set(ids)].map((id) => talkById.get(id)!).sort((a, b) => talkRank.get(a.id)! - talkRank.get(b.id)!),
    talksByEdition: groupBy(talksSorted, (t) => t.edition),
    talksByYear,
    /** The years with talks, newest first. */
    years: [...talksByYear.keys()].map(Number).sort((a, b) => b - a),
    /** Every tool discussed, by how many talks discuss it. */
    toolsByTalks: toolsByMentions(talks),
    /** Which tool and project has a page, and where the others' URLs lead. */
    entities: resolveEntities(tools, projects),
    related: relatedTalks(talksSorted),
    /** The day pages call today (src/site/today.ts): a page that shows it reads it here, so the page cache knows. */
    today: today(),
    toolsTogether: coOccurrence(talks.map((t) => t.tools)),
  };
}

export type SiteData = Awaited<ReturnType<typeof load>>;

let cached: Promise<SiteData> | undefined;

/** The site's data, loaded once; what each page reads of it is noted for the page cache (src/cache/). */
export function siteData(): Promise<SiteData> {
  cached ??= load()
    .then(trackedSite)
    .then((site) => {
      shareSite(site);
      return site;
    });
  return cached;
}

/**
 * The talks of a list of ids, in the site's order (newest edition first). One read for the page
 * cache: the talks and their order, not the ranks of every talk (which one talk added shifts).
 */
export function talksOf(site: SiteData, ids: Iterable<string>): Talk[] {
  return site.talksOf([...ids]);
}

/** Tools by how many talks discuss them, most first. */
export function toolsByMentions(talks: readonly Talk[]): { id: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const talk of talks) for (const tool of talk.tools) counts.set(tool, (counts.get(tool) ?? 0) + 1);
  return [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
}
