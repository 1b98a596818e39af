import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { resolveEntities } from '../../src/entities/entities.ts';
import { loadValidContent } from '../../src/parse/load-content.ts';
import { nameKey } from '../../src/parse/normalise.ts';
import { urls } from '../../src/urls.ts';
import { hasPage, pageAt } from '../helpers/built-site.ts';

const dist = inject('siteDist');
const { content } = loadValidContent();
const entities = resolveEntities(content.tools, content.projects);
const page = (path: string) => pageAt(dist, path);

/** The built pages under a list (/tools/x/), redirects apart. */
function builtPages(list: string) {
  const pages: { path: string; redirect?: string }[] = [];
  for (const id of readdirSync(join(dist, list))) {
    const path = `${list}${id}/`;
    if (!hasPage(dist, path)) continue;
    const refresh = page(path)('meta[http-equiv="refresh"]').attr('content');
    pages.push({ path, redirect: refresh?.replace(/^0; url=/, '') });
  }
  return pages;
}
const thingPages = [urls.tools(), urls.projects(), urls.speakers()].flatMap((list) => builtPages(list).filter((p) => !p.redirect).map((p) => p.path));

describe('one page per thing', () => {
  it('no two tool, project or speaker pages hold the same thing (by name) or the same CNCF project', () => {
    const titles = thingPages.map((path) => nameKey(page(path)('h1').first().contents().first().text()));
    expect(titles.filter((title, i) => titles.indexOf(title) !== i)).toEqual([]);
    // A project is held by one page: its own tool's, or its own.
    const holders = new Map<string, string[]>();
    for (const project of content.projects) {
      const paths = [urls.project(project.id), urls.tool(project.id)].filter((path) => thingPages.includes(path) && (path.startsWith(urls.projects()) || entities.ownTool(project.id)));
      if (paths.length) holders.set(project.id, paths);
    }
    expect([...holders].filter(([, paths]) => paths.length > 1)).toEqual([]);
  });

  it('a CNCF project and its tool are one page, at the tool, with the sub-tools, the timeline and the maturity then and now', () => {
    const $ = page(urls.tool('cilium'));
    expect($('ul.chips a').map((_, a) => $(a).attr('href')).get()).toEqual(expect.arrayContaining([urls.tool('hubble'), urls.tool('tetragon')]));
    expect($('ol.timeline li').length).toBeGreaterThan(0);
    expect($('h1 .badge').text()).toMatch(/Graduated/);
    expect($('.edition-group h3 .badge').length).toBeGreaterThan(0);
    const redirect = builtPages(urls.projects()).find((p) => p.path === urls.project('cilium'));
    expect(redirect?.redirect).toBe(urls.tool('cilium'));
  });

  it('joins a tool and a project named differently through the tool\'s project field', () => {
    for (const id of ['open-policy-agent', 'litmus', 'container-network-interface', 'logging-operator']) {
      expect(thingPages, id).toContain(urls.tool(id));
      expect(thingPages, id).not.toContain(urls.project(id));
    }
  });

  it('a project with tools and no tool of its own keeps a page grouping them', () => {
    const $ = page(urls.project('carvel'));
    expect($('ul.chips a').map((_, a) => $(a).attr('href')).get()).toEqual([urls.tool('kapp')]);
    expect($('.talk-list a.title').length).toBeGreaterThan(0);
  });

  it('Flux has a page through the talks of Flagger, its sub-tool', () => {
    const flux = content.tools.find((t) => t.id === 'flux')!;
    expect(flux.talks).toEqual([]);
    const $ = page(urls.tool('flux'));
    const flagger = content.tools.find((t) => t.id === 'flagger')!;
    expect($('.talk-list a.title').map((_, a) => $(a).attr('href')).get()).toEqual(flagger.talks.map((id) => urls.talk(id)));
  });
});

describe('no page without a talk', () => {
  it('every tool, project and speaker page links at least one talk, directly or through its sub-tools', () => {
    expect(thingPages.length).toBe(entities.toolsWithPages.length + entities.projectsWithPages.length + content.speakers.length);
    const empty = thingPages.filter((path) => page(path)('main a[href^="/talks/"]').filter((_, a) => /^\/talks\/[^/]+\/[^/]+\/$/.test(a.attribs.href)).length === 0);
    expect(empty).toEqual([]);
  });

  it('a tool or project no talk discusses has no page, and its URL redirects to its entry in the index', () => {
    const jenkins = builtPages(urls.tools()).find((p) => p.path === urls.tool('jenkins'));
    expect(jenkins?.redirect).toBe(`${urls.tools()}#jenkins`);
    expect(page(urls.tools())('#jenkins').text()).toContain('Jenkins');
    const chaosblade = builtPages(urls.projects()).find((p) => p.path === urls.project('chaosblade'));
    expect(chaosblade?.redirect).toBe(`${urls.projects()}#chaosblade`);
  });

  it('every URL a tool or project page had still answers, with the page or a redirect to where it went', () => {
    const built = new Map([...builtPages(urls.tools()), ...builtPages(urls.projects())].map((p) => [p.path, p.redirect]));
    const old = [...content.tools.map((t) => urls.tool(t.id)), ...content.projects.map((p) => urls.project(p.id))];
    expect(old.filter((path) => !built.has(path))).toEqual([]);
    const expected = new Map(entities.redirects.map((r) => [r.from, r.to]));
    for (const [path, redirect] of built) expect(redirect, path).toBe(expected.get(path));
    // A redirect is no search record and no page of the sitemap's index.
    expect(page(urls.tool('jenkins'))('[data-pagefind-body]')).toHaveLength(0);
  });

  it('the CNCF index shows every project by maturity, links those covered and says how many', () => {
    const $ = page(urls.projects());
    for (const project of content.projects) expect($(`#${project.id}`).length, project.id).toBe(1);
    const covered = content.projects.filter((p) => entities.projectPage(p.id));
    expect($('main a strong').length).toBe(covered.length);
    expect($('.lede').text()).toContain(`Talks about ${covered.length} of ${content.projects.length} CNCF projects`);
    expect(covered.length).toBe(content.projects.filter((p) => p.talks.length).length);
  });
});
