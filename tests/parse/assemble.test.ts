import { describe, expect, it } from 'vitest';
import { maturityAt } from '../../src/parse/cncf-maturity.ts';
import { parseFixture } from '../helpers/fixtures.ts';

const { content, report } = parseFixture();
const talk = (slugPart: string) => content.talks.find((t) => t.id.includes(slugPart))!;
const speaker = (id: string) => content.speakers.find((s) => s.id === id)!;

describe('assembling the collections', () => {
  it('parses the valid fixture without errors', () => {
    expect(report.errors).toEqual([]);
  });

  it('merges a talk covered by two recaps through its Id: one talk, two notes', () => {
    const builds = talk('building-container-images');
    expect(builds.notes.map((n) => n.recap)).toEqual(['kcd-a', 'kcd-b']);
    expect(builds.otherTitles).toEqual(['Construire des images de conteneurs sur Kubernetes']);
    expect(builds.speakers.map((s) => s.speaker)).toEqual(['laurent-bernaille', 'mayeul-blanzat']);
  });

  it('merges a talk by edition and normalised title (apostrophes, case) when there is no Id', () => {
    const keynotes = content.talks.filter((t) => t.title.toLowerCase().startsWith('keynote'));
    expect(keynotes).toHaveLength(1);
    expect(keynotes[0].notes).toHaveLength(2);
    expect(keynotes[0].kind).toBe('keynote');
  });

  it('makes one speaker of a person written with or without accents, or by an alias', () => {
    const jerome = speaker('jerome-petazzoni');
    expect(jerome.name).toBe('Jérôme Petazzoni');
    expect(jerome.talks).toEqual([talk('keynote').id]);
    expect(content.speakers.filter((s) => /petazzoni|jpetazzo/i.test(s.id))).toHaveLength(1);
  });

  it('links speakers and talks both ways, with the affiliation at the talk', () => {
    expect(speaker('laurent-bernaille').talks).toEqual([talk('building-container-images').id]);
    expect(talk('building-container-images').speakers[0]).toEqual({ speaker: 'laurent-bernaille', company: 'Datadog' });
  });

  it('finds tools from the Tools key and from word-bounded mentions, never in code or URLs', () => {
    const builds = talk('building-container-images');
    // kubectl (Tools), Argo CD (mention, not "Argo"), kind (exact spelling), Hubble (second recap).
    expect(builds.tools).toEqual(['kubectl', 'argo-cd', 'kind', 'hubble']);
    const storage = talk('storage-news');
    // "k8s" stands only in inline code, openebs.io only in a URL.
    expect(storage.tools).toEqual(['openebs']);
  });

  it('counts a name that is an ordinary word only in the catalogue spelling', () => {
    const keynote = talk('keynote');
    expect(keynote.tools).toEqual(['flux']);
    expect(keynote.mentions[0].excerpt).toBe("Une keynote sur Flux, et le flux des données.");
  });

  it('keeps the sentence of each mention as context', () => {
    const argo = talk('building-container-images').mentions.find((m) => m.tool === 'argo-cd');
    expect(argo?.excerpt).toBe('Ils utilisent Argo CD et kind pour tester.');
  });

  it('links the first mention of each tool in rendered notes, not in code', () => {
    const html = talk('building-container-images').notes[0].html;
    expect(html).toContain('<a href="/tools/argo-cd/" class="tool-link">Argo CD</a>');
    expect(html.match(/href="\/tools\/kind\/"/g)).toHaveLength(1);
    expect(html).toContain('kubectl apply -f argo-cd.yaml\n</code>');
  });

  it('lists tools, projects and talks both ways', () => {
    const argoCd = content.tools.find((t) => t.id === 'argo-cd')!;
    expect(argoCd.talks).toEqual([talk('building-container-images').id]);
    const argo = content.projects.find((p) => p.id === 'argo')!;
    expect(argo.tools.sort()).toEqual(['argo', 'argo-cd']);
    expect(argo.talks).toEqual([talk('building-container-images').id]);
  });

  it('lists the talks of each recap in order', () => {
    const recap = content.recaps.find((r) => r.id === 'kcd-a')!;
    expect(recap.talks).toEqual([talk('building-container-images').id, talk('keynote').id]);
    expect(recap.sections.filter((s) => s.talk).map((s) => s.talk)).toEqual(recap.talks);
  });

  it('derives a project maturity at any date, with corrections the landscape lacks', () => {
    const openebs = content.projects.find((p) => p.id === 'openebs')!;
    expect(maturityAt(openebs.history, '2019-05-20')).toBe('sandbox');
    expect(maturityAt(openebs.history, '2019-01-01')).toBeUndefined();
    const argo = content.projects.find((p) => p.id === 'argo')!;
    expect(maturityAt(argo.history, '2021-01-01')).toBe('incubating');
    expect(maturityAt(argo.history, '2023-01-01')).toBe('graduated');
  });
});

describe('slugs', () => {
  it('are ASCII, and never collide', () => {
    const extra = (title: string, file: string) => ({
      [`recaps/${file}.md`]: `---\ntitle: X\nconference: kubecon-eu-2019\nauthors: [A]\norganisation: O\nlang: en\npublished: 2019-06-01\n---\n\n## ${title}\n- Speakers: Zoé Ça\n`,
    });
    const { content, report } = parseFixture(undefined, { ...extra('Rock & roll', 'z1'), ...extra('Rock and roll', 'z2'), ...extra('Zoé Ça', 'z3') });
    expect(report.errors).toEqual([]);
    const ids = content.talks.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('kubecon-eu-2019/rock-and-roll');
    expect(ids).toContain('kubecon-eu-2019/rock-and-roll-2');
    for (const id of [...ids, ...content.speakers.map((s) => s.id)]) expect(id).toMatch(/^[a-z0-9/-]+$/);
    expect(content.speakers.map((s) => s.id)).toContain('zoe-ca');
  });

  it('are stable: parsing the same content twice gives the same ids', () => {
    expect(parseFixture().content.talks.map((t) => t.id)).toEqual(content.talks.map((t) => t.id));
  });
});
