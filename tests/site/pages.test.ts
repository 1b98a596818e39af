import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { resolveEntities } from '../../src/entities/entities.ts';
import { loadValidContent } from '../../src/parse/load-content.ts';
import { urls } from '../../src/urls.ts';
import { hasPage, internalLinks, pageAt } from '../helpers/built-site.ts';

const dist = inject('siteDist');
const { content } = loadValidContent();
const entities = resolveEntities(content.tools, content.projects);
const editionOf = new Map(content.editions.map((e) => [e.id, e]));
const page = (path: string) => pageAt(dist, path);
const talkByTitle = (start: string) => content.talks.find((t) => t.title.startsWith(start) || t.otherTitles.some((o) => o.startsWith(start)))!;

describe('every entity with a talk has a page', () => {
  const cases: [string, string[]][] = [
    ['talk', content.talks.map((t) => urls.talk(t.id))],
    ['speaker', content.speakers.map((s) => urls.speaker(s.id))],
    ['tool', entities.toolsWithPages.map((t) => urls.tool(t.id))],
    ['CNCF project', entities.projectsWithPages.map((p) => urls.project(p.id))],
    ['edition', content.editions.map((e) => urls.edition(e.series, e.year))],
    ['series', content.series.map((s) => urls.series(s.id))],
    ['recap', content.recaps.map((r) => urls.recap(r.id))],
    ['year', [...new Set(content.editions.map((e) => e.year))].map((y) => urls.year(y))],
  ];
  it.each(cases)('every %s has a page', (_, paths) => {
    expect(paths.filter((path) => !hasPage(dist, path))).toEqual([]);
  });

  it('every page is reachable from the home page in at most three clicks', () => {
    const depth = new Map<string, number>([['/', 0]]);
    let frontier = ['/'];
    for (let d = 1; d <= 3; d++) {
      const next: string[] = [];
      for (const path of frontier) {
        for (const link of internalLinks(page(path))) {
          if (!depth.has(link) && link.endsWith('/') && hasPage(dist, link)) {
            depth.set(link, d);
            next.push(link);
          }
        }
      }
      frontier = next;
    }
    const all = cases.flatMap(([, paths]) => paths);
    expect(all.filter((path) => !depth.has(path))).toEqual([]);
  });
});

describe('the talk page', () => {
  const datadog = talkByTitle('Construire des images Docker');
  const $ = page(urls.talk(datadog.id));

  it('shows the notes of every recap that covers the talk, each attributed and linked', () => {
    const notes = $('section.note');
    expect(notes).toHaveLength(2);
    const recapLinks = notes.find('h2 a').map((_, a) => $(a).attr('href')).get();
    expect(recapLinks.map((href) => href.split('#')[0]).sort()).toEqual([urls.recap('kcd-france-2023-cockpit-io'), urls.recap('kcd-france-2023-ladies-of-code')]);
    for (const href of recapLinks) expect(href).toMatch(/#.+/);
    expect(notes.first().attr('lang')).toBe('fr');
  });

  it('names the edition with its date and city, and links each speaker with the affiliation at the time', () => {
    expect($('article > p.meta').first().text()).toMatch(/Kubernetes Community Days France 2023 · 7 March 2023, Paris/);
    expect($('p.lede').text()).toBe('Laurent Bernaille (Datadog), Mayeul Blanzat (Datadog)');
    expect($('p.lede a').map((_, a) => $(a).attr('href')).get()).toEqual([urls.speaker('laurent-bernaille'), urls.speaker('mayeul-blanzat')]);
  });

  it('lists the tools discussed, and the CNCF projects with their maturity then and now', () => {
    const tools = $('ul.chips a').map((_, a) => $(a).attr('href')).get();
    expect(tools).toContain(urls.tool('buildkit'));
    expect(tools).toContain(urls.tool('kubernetes'));
    expect($('section:contains("CNCF")').text()).toMatch(/Kubernetes:\s*Graduated at the talk,\s*Graduated today/);
  });

  it('links mentions of tools inside the notes', () => {
    expect($('section.note a.tool-link[href="/tools/kubernetes/"]').length).toBeGreaterThan(0);
  });

  it('offers the video as a link and as an embed loaded only on click', () => {
    const withVideo = content.talks.find((t) => t.video?.includes('youtu'))!;
    const v = page(urls.talk(withVideo.id));
    expect(v('.video a').attr('href')).toBe(withVideo.video);
    expect(v('.video button[data-embed]').attr('data-embed')).toMatch(/^https:\/\/www\.youtube-nocookie\.com\/embed\//);
    expect(v('iframe')).toHaveLength(0);
  });

  it('shows related talks, and the previous and next talk of the same recap', () => {
    expect($('section:contains("Related talks") li').length).toBeGreaterThan(0);
    expect($('a[rel="prev"]').attr('href')).toMatch(/^\/talks\//);
    expect($('a[rel="next"]').attr('href')).toMatch(/^\/talks\//);
  });

  it('keeps the interface language on <html> and marks French content as French', () => {
    expect($('html').attr('lang')).toBe('en');
    expect($('h1').attr('lang')).toBe('fr');
  });
});

describe('the speaker page', () => {
  it("lists Tom Wilkie's two KubeCon EU 2019 talks", () => {
    const tom = content.speakers.find((s) => s.name === 'Tom Wilkie')!;
    const $ = page(urls.speaker(tom.id));
    const talks = $('.talk-list a.title').map((_, a) => $(a).attr('href')).get();
    expect(talks).toHaveLength(2);
    for (const href of talks) expect(href.startsWith('/talks/kubecon-eu-2019/')).toBe(true);
    expect($('h3').first().text()).toBe('2019');
    expect($('dl.facts').text()).toContain('Grafana Labs (2019)');
  });
});

describe('the tool page', () => {
  const $ = page(urls.tool('kubernetes'));
  const kubernetes = content.projects.find((p) => p.id === 'kubernetes')!;

  it('lists every talk that mentions it or one of its tools, grouped by edition, with the sentence that mentions it', () => {
    const listed = $('.talk-list a.title').map((_, a) => $(a).attr('href')).get();
    expect(listed.sort()).toEqual(kubernetes.talks.map((id) => urls.talk(id)).sort());
    const editions = $('section h3 a').map((_, a) => $(a).text()).get();
    expect(editions).toEqual(['Kubernetes Community Days France 2023', 'KubeCon + CloudNativeCon Europe 2022', 'KubeCon + CloudNativeCon Europe 2019']);
    expect($('.talk-list blockquote').first().text()).toMatch(/Kubernetes/);
  });

  it('draws mentions per year as an SVG made at build time', () => {
    expect($('svg.chart rect').length).toBeGreaterThanOrEqual(3);
    expect($('svg.chart').attr('aria-label')).toMatch(/2019: \d+/);
  });

  it('is its CNCF project too: the project, its tools, and the tools often discussed with it', () => {
    expect($('dl.facts').text()).toContain('Kubernetes · Orchestration & Management');
    expect($('section:contains("Its tools") a[href="/tools/kubectl/"]')).toHaveLength(1);
    expect($('section:contains("Often discussed with") a').length).toBeGreaterThan(0);
  });

  it('a sub-tool names the project it is part of, linked to the project\'s page', () => {
    const $hubble = page(urls.tool('hubble'));
    expect($hubble('dl.facts a[href="/tools/cilium/"]')).toHaveLength(1);
  });
});

describe('conference, year, CNCF and recap pages', () => {
  it('/conferences/kubecon-eu/2019/ lists exactly the KubeCon EU 2019 talks', () => {
    const $ = page('/conferences/kubecon-eu/2019/');
    const listed = $('#summary-talks + .talk-list a.title').map((_, a) => $(a).attr('href')).get().sort();
    const expected = content.talks.filter((t) => t.edition === 'kubecon-eu-2019').map((t) => urls.talk(t.id)).sort();
    expect(listed).toEqual(expected);
  });

  it('/years/2023/ lists exactly the talks of 2023', () => {
    const $ = page('/years/2023/');
    const listed = $('#summary-talks + .talk-list a.title').length;
    expect(listed).toBe(content.talks.filter((t) => editionOf.get(t.edition)!.year === 2023).length);
  });

  it('the CNCF index groups projects by maturity and credits the CNCF Landscape', () => {
    const $ = page('/cncf/');
    expect($('h2').map((_, h) => $(h).text().split(' ')[0]).get()).toEqual(['Sandbox', 'Incubating', 'Graduated', 'Archived']);
    expect($('main').text()).toContain('CNCF Landscape');
  });

  it('a CNCF project page shows its timeline, tools and talks', () => {
    const $ = page('/tools/argo/');
    expect($('ol.timeline li').map((_, li) => $(li).text()).get().join(' ')).toMatch(/Incubating.*Graduated/);
    expect($('ul.chips a[href="/tools/argo-cd/"]')).toHaveLength(1);
    expect($('.talk-list li').length).toBeGreaterThan(0);
  });

  it('the recap page shows the article, each talk section linking to its talk page', () => {
    const recap = content.recaps.find((r) => r.id === 'kubecon-eu-2019-octo')!;
    const $ = page(urls.recap(recap.id));
    for (const id of recap.talks) expect($(`h2 a[href="${urls.talk(id)}"], h3 a[href="${urls.talk(id)}"]`).length).toBe(1);
    expect($('article').attr('lang')).toBe('fr');
  });
});

describe('feeds, metadata and data', () => {
  it('publishes RSS feeds site-wide and per series, and a sitemap', () => {
    const rss = readFileSync(join(dist, 'rss.xml'), 'utf8');
    expect(rss.match(/<item>/g)).toHaveLength(5);
    expect(readFileSync(join(dist, 'conferences/kcd-france/rss.xml'), 'utf8').match(/<item>/g)).toHaveLength(2);
    expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).toContain('/talks/kubecon-eu-2019/');
  });

  it('gives every page a canonical URL and OpenGraph metadata', () => {
    const $ = page(urls.tool('argo-cd'));
    expect($('link[rel="canonical"]').attr('href')).toBe('https://confnotes.example.org/tools/argo-cd/');
    expect($('meta[property="og:title"]').attr('content')).toBe('Argo CD');
  });

  it('exports every collection as JSON, matching the collections', () => {
    const json = (name: string) => JSON.parse(readFileSync(join(dist, 'data', `${name}.json`), 'utf8'));
    expect(json('talks').map((t: { id: string }) => t.id).sort()).toEqual(content.talks.map((t) => t.id).sort());
    expect(json('speakers').map((s: { id: string }) => s.id).sort()).toEqual(content.speakers.map((s) => s.id).sort());
    expect(json('tools')).toHaveLength(content.tools.length);
    expect(json('projects')).toHaveLength(content.projects.length);
    expect(json('recaps')).toHaveLength(content.recaps.length);
    expect(json('conferences').editions).toHaveLength(content.editions.length);
    const talk = json('talks').find((t: { id: string }) => t.id === content.talks[0].id);
    expect(talk.speakers).toEqual(content.talks[0].speakers);
    expect(talk.notes[0].html).toContain('<p>');
  });

  it('has a useful 404 page', () => {
    const $ = page('/404.html');
    expect($('h1').text()).toBe('Page not found');
    expect($('main form[role="search"]')).toHaveLength(1);
  });
});

describe('weight and scripts', () => {
  it('a talk page carries no script file, only the small inline scripts it needs', () => {
    const $ = page(urls.talk(talkByTitle('Construire des images Docker').id));
    expect($('script[src]')).toHaveLength(0);
    const inline = $('script').map((_, s) => $(s).html()).get().join('');
    expect(inline.length).toBeLessThan(2500);
  });
});

describe('a French interface (the fixture site, built with CONFNOTES_UI_LANG=fr)', () => {
  const fixture = inject('fixtureDist');

  it('speaks French on every page and says so in <html lang>', () => {
    const $ = pageAt(fixture, '/tools/');
    expect($('html').attr('lang')).toBe('fr');
    expect($('h1').text()).toBe('Outils');
    expect($('.site-nav a').map((_, a) => pageAt(fixture, '/tools/')(a).text()).get()).toContain('Intervenants');
  });

  it('marks English notes as English under the French interface', () => {
    const $ = pageAt(fixture, '/talks/kubecon-eu-2019/storage-news/');
    expect($('h1').attr('lang')).toBe('en');
    expect($('section.note').attr('lang')).toBe('en');
    expect($('section.note h2').text()).toMatch(/^Notes de /);
  });

  it('marks an Arabic talk as Arabic and right to left, its title, notes and listings', () => {
    const $ = pageAt(fixture, '/talks/kcd-france-2023/tshghyl-qwaed-albyanat-ela-kubernetes/');
    expect($('html').attr('dir')).toBeUndefined();
    for (const element of [$('h1'), $('section.note')]) expect([element.attr('lang'), element.attr('dir')]).toEqual(['ar', 'rtl']);
    // The talks list is split into pages (two talks each on the fixture site): the talk is on one of them.
    const pages = [urls.talks()];
    while (hasPage(fixture, urls.listPage(urls.talks(), pages.length + 1))) pages.push(urls.listPage(urls.talks(), pages.length + 1));
    const titles = pages.flatMap((path) => {
      const list = pageAt(fixture, path);
      return list('a.title').filter((_, a) => list(a).attr('lang') === 'ar').map((_, a) => list(a).attr('dir')).get();
    });
    expect(titles).toEqual(['rtl']);
    const first = pageAt(fixture, urls.talks());
    expect(first('select[name="language"] option').map((_, o) => first(o).text()).get()).toEqual(expect.arrayContaining(['Arabe', 'Français', 'Anglais']));
  });
});
