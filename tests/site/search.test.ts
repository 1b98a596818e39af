import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { resolveEntities } from '../../src/entities/entities.ts';
import { loadValidContent } from '../../src/parse/load-content.ts';
import { urls } from '../../src/urls.ts';
import { openNodeSearch, showResults } from '../helpers/pagefind-node.ts';

const dist = inject('siteDist');
const { content } = loadValidContent();
const entities = resolveEntities(content.tools, content.projects);
type Search = Awaited<ReturnType<typeof openNodeSearch>>;
let search: Search;
beforeAll(async () => {
  search = await openNodeSearch(dist);
});

const urlsOf = async (query: string | null, options?: Parameters<Search['search']>[1]) =>
  Promise.all((await search.search(query, options)).results.map(async (r) => (await r.data()).url));
const firstUrl = async (query: string) => (await urlsOf(query))[0];

describe('the index', () => {
  it('is built by npm run build: one index per content language', () => {
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'fr']);
  });

  it('holds every talk, speaker, edition and every tool and CNCF project with a page, and no list, recap or redirect page', async () => {
    const types = (await search.filters()).type;
    expect(types).toEqual({
      Talk: content.talks.length,
      Speaker: content.speakers.length,
      Tool: entities.toolsWithPages.length,
      'CNCF project': entities.projectsWithPages.length,
      Edition: content.editions.length,
    });
  });

  it('files talks and editions in the main bundle and the pages found by name (speakers, tools, CNCF projects) in pagefind/named/, each page once', () => {
    const pages = (folder: string) => Object.values<{ page_count: number }>(JSON.parse(readFileSync(join(dist, folder, 'pagefind-entry.json'), 'utf8')).languages).reduce((sum, l) => sum + l.page_count, 0);
    expect(pages('pagefind')).toBe(content.talks.length + content.editions.length);
    expect(pages('pagefind/named')).toBe(content.speakers.length + entities.toolsWithPages.length + entities.projectsWithPages.length);
  });

  it("finds a speaker by company, and not by the words of their talks' titles", async () => {
    const talk = content.talks.find((t) => t.speakers.some((s) => s.company))!;
    const { speaker, company } = talk.speakers.find((s) => s.company)!;
    expect(await urlsOf(company!)).toContain(urls.speaker(speaker));
    for (const t of content.talks.slice(0, 10)) {
      const found = await urlsOf(t.title.replace(/[«»"]/g, ''));
      for (const s of t.speakers) expect(found, t.title).not.toContain(urls.speaker(s.speaker));
    }
  });

  it("indexes every talk, speaker, tool, project and edition once Astro's process has exited", () => {
    const records = content.talks.length + content.speakers.length + entities.toolsWithPages.length + entities.projectsWithPages.length + content.editions.length;
    const log = inject('siteBuildLog');
    const indexed = log.search(new RegExp(`\\[confnotes-index\\] indexed ${records} pages in [\\d.]+ s`));
    expect(indexed).toBeGreaterThan(log.lastIndexOf('[build] Complete!'));
    expect(log.lastIndexOf('[build] Complete!')).toBeGreaterThan(0);
  });

  it('writes the count of every filter value beside it, equal to what Pagefind counts', async () => {
    const written = JSON.parse(readFileSync(join(dist, 'search-filters.json'), 'utf8'));
    expect(written).toEqual(await search.filters());
    expect(await search.totals()).toEqual(written);
  });

  it("finds a speaker's page and every talk they gave by the speaker's name", async () => {
    for (const speaker of content.speakers) {
      const found = await urlsOf(speaker.name);
      expect(found, speaker.name).toContain(urls.speaker(speaker.id));
      for (const talk of speaker.talks) expect(found, speaker.name).toContain(urls.talk(talk));
    }
  });

  it('finds every talk by its title', async () => {
    for (const talk of content.talks) {
      const found = await urlsOf(talk.title.replace(/[«»"]/g, ''));
      expect(found.slice(0, 5), talk.title).toContain(urls.talk(talk.id));
    }
  });

  it('finds a recap text once, through its talk, not through the recap page', async () => {
    const found = await urlsOf('buildkitd');
    expect(found.some((u) => u.startsWith('/recaps/'))).toBe(false);
    expect(found).toContain(urls.talk(content.talks.find((t) => t.tools.includes('buildkit'))!.id));
  });
});

describe('tools and projects by name', () => {
  const withPage = new Set(entities.toolsWithPages.map((tool) => tool.id));
  const spellings = content.tools.flatMap((tool) =>
    [tool.name, ...tool.aliases].map((spelling) => [spelling, tool.id] as const),
  );

  it.each(spellings.filter(([, id]) => withPage.has(id)))('"%s" finds the page of %s first, as the search page shows it', async (query, toolId) => {
    expect(await firstUrl(query)).toBe(urls.tool(toolId));
    expect((await showResults(dist, search, query)).list[0].url).toBe(urls.tool(toolId));
  });

  it.each(spellings.filter(([, id]) => !withPage.has(id)))('"%s", which no talk discusses, gets the plain answer and no result', async (query, toolId) => {
    const shown = await showResults(dist, search, query);
    expect(shown).toEqual({ list: [], also: [], noTalk: content.tools.find((t) => t.id === toolId)!.name });
  });

  it('a CNCF project by its landscape name, its acronym or its name without it finds its page first', async () => {
    for (const query of ['Open Policy Agent (OPA)', 'Open Policy Agent', 'OPA']) expect(await firstUrl(query), query).toBe(urls.tool('open-policy-agent'));
    expect(await firstUrl('Container Network Interface (CNI)')).toBe(urls.tool('container-network-interface'));
    expect(await firstUrl('Carvel')).toBe(urls.project('carvel'));
    expect((await search.search('Chaosblade')).noTalk).toBe('Chaosblade');
  });

  it.each([
    ['argo cd', 'argo-cd'],
    ['argocd', 'argo-cd'],
    ['argo-cd', 'argo-cd'],
    ['k8s', 'kubernetes'],
    ['otel', 'opentelemetry'],
    ['opa', 'open-policy-agent'],
    ['cnpg', 'cloudnativepg'],
    ['cert manager', 'cert-manager'],
    ['kube proxy', 'kube-proxy'],
  ])('the spelling people type, "%s", finds %s first', async (query, toolId) => {
    expect(await firstUrl(query)).toBe(urls.tool(toolId));
  });
});

describe('filters', () => {
  it('a conference and a year return exactly the talks of that edition', async () => {
    for (const edition of content.editions) {
      const series = content.series.find((s) => s.id === edition.series)!;
      const found = await urlsOf(null, { filters: { type: ['Talk'], series: [series.shortName], year: [String(edition.year)] } });
      const expected = content.talks.filter((t) => t.edition === edition.id).map((t) => urls.talk(t.id));
      expect(found.sort()).toEqual(expected.sort());
    }
  });

  it('counts every filter value among the results of a query', async () => {
    const { filters, results } = await search.search('cluster');
    const typed = Object.values(filters.type).reduce((a, b) => a + b, 0);
    expect(typed).toBe(results.length);
    expect(filters.year['2019']).toBeGreaterThan(0);
  });

  it('filters by tool, kind and language', async () => {
    const keynotes = await urlsOf(null, { filters: { kind: ['Keynote'] } });
    expect(keynotes.sort()).toEqual(content.talks.filter((t) => t.kind === 'keynote').map((t) => urls.talk(t.id)).sort());
    const argo = await urlsOf(null, { filters: { type: ['Talk'], tool: ['Argo CD'] } });
    expect(argo.sort()).toEqual(content.tools.find((t) => t.id === 'argo-cd')!.talks.map((id) => urls.talk(id)).sort());
    const french = await urlsOf(null, { filters: { type: ['Talk'], language: ['French'] } });
    expect(french).toHaveLength(content.talks.length);
  });

  it('sorts results by date, newest first', async () => {
    const results = (await search.search('kubernetes', { filters: { type: ['Talk'] }, sort: 'date' })).results;
    const dates = await Promise.all(results.map(async (r) => (await r.data()).meta.date));
    expect(dates).toEqual([...dates].sort().reverse());
  });
});

describe('languages', () => {
  it('a query from the English interface finds French talks, stemmed as French', async () => {
    const found = await urlsOf('opérateurs');
    expect(found).toContain(urls.talk(content.talks.find((t) => t.title.startsWith('L’enfer des DB SQL'))!.id));
  });
});

describe('French elisions and accents (fixture site)', () => {
  let fixture: Search;
  beforeAll(async () => {
    fixture = await openNodeSearch(inject('fixtureDist'));
  });
  const fixtureUrls = async (query: string) => Promise.all((await fixture.search(query)).results.map(async (r) => (await r.data()).url));

  it('"automatiser" finds "d’automatiser"', async () => {
    expect(await fixtureUrls('automatiser')).toContain('/talks/kcd-france-2023/une-histoire-de-clusters/');
  });

  it('"opérateur" finds "l’opérateur"', async () => {
    expect(await fixtureUrls('opérateur')).toContain('/talks/kcd-france-2023/une-histoire-de-clusters/');
  });

  it('"deploiement", typed without accents, finds "déploiement"', async () => {
    expect(await fixtureUrls('deploiement')).toContain('/talks/kcd-france-2023/une-histoire-de-clusters/');
  });
});
