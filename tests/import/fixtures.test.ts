import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importContext, importPost, type ImportedRecap } from '../../src/import/import-post.ts';
import { readFolderSources } from '../../src/parse/load-content.ts';
import { parse } from 'yaml';

const POSTS = join(import.meta.dirname, '..', 'fixtures', 'import', 'posts');
const shipped = readFolderSources();
const ctx = importContext(shipped.sources, shipped.dir);

function imported(name: string): ImportedRecap {
  return importPost(join(POSTS, name), readFileSync(join(POSTS, name), 'utf8'), ctx);
}

function frontmatterOf(recap: ImportedRecap): Record<string, unknown> {
  return parse(/^---\n([\s\S]*?)\n---/.exec(recap.text)![1]) as Record<string, unknown>;
}

const sp = (name: string, company: string | null = null) => ({ name, company });

describe('importing a Jekyll post (YAML front matter, Liquid video tag, group headings)', () => {
  const recap = imported('2024-03-25-kubecon-paris-recap.md');

  it('finds every talk under the group headings, with speakers, companies, video and slides', () => {
    expect(recap.talks.map(({ title, line, speakers, video, slides }) => ({ title, line, speakers, video, slides }))).toEqual([
      { title: 'Keynote: Accelerating AI Workloads with GPUs in Kubernetes', line: 19, speakers: [sp('Kevin Klues', 'NVIDIA'), sp('Sanjay Chatterjee', 'NVIDIA')], video: 'https://www.youtube.com/watch?v=gn5SZWyaZ34', slides: null },
      { title: 'Keynote: Platform Engineering Panel', line: 28, speakers: [sp('Daniel Bryant', 'Syntasso'), sp('Abby Bangser', 'Syntasso'), sp('Ricardo Rocha', 'CERN')], video: null, slides: null },
      { title: 'Argo CD at Scale: Lessons from 1,000 Clusters', line: 35, speakers: [sp('Alexander Matyushentsev', 'Akuity'), sp('Jesse Suen', 'Akuity')], video: 'https://www.youtube.com/watch?v=ZmXvKDnGjpM', slides: 'https://speakerdeck.com/akuity/argo-cd-at-scale' },
      { title: 'Lightning talk: Five kubectl plugins you should install today', line: 45, speakers: [sp('Marta Nowak', 'Grafana Labs')], video: null, slides: null },
    ]);
    expect(recap.talks[2].tools).toEqual(['Argo CD']);
  });

  it('writes kinds, a Speakers line the parser reads, and keeps the post text as notes', () => {
    expect(recap.text).toContain('### Keynote: Accelerating AI Workloads with GPUs in Kubernetes\n\n- Speakers: Kevin Klues (NVIDIA), Sanjay Chatterjee (NVIDIA)\n- Kind: keynote\n- Video: <https://www.youtube.com/watch?v=gn5SZWyaZ34>');
    expect(recap.text).toContain('- Kind: lightning');
    expect(recap.text).toContain('Our own Argo CD instance manages forty clusters');
    // The Speakers and Slides lines moved into the metadata; they are not left in the notes.
    expect(recap.text.match(/Speakers: Alexander/g)).toHaveLength(1);
  });

  it('takes title, author and date from the front matter, adds the edition, and lists the relative image and link', () => {
    expect(frontmatterOf(recap)).toMatchObject({ title: 'KubeCon Europe 2024 in Paris: our highlights', conference: 'kubecon-eu-2024', authors: ['Priya Raman'], lang: 'en', published: '2024-03-25' });
    expect(recap.conferences).toMatch(/id: kubecon-eu-2024\n\s+series: kubecon-eu\n\s+year: 2024\n\s+city: Paris\n\s+country: France/);
    expect(recap.review).toContain('image /assets/img/2024/kubecon-stage.jpg not imported (relative path): copy it and link it by its full URL');
    expect(recap.review).toContain('link /2023/04/kubecon-amsterdam/ removed (relative address)');
    expect(recap.text.split('\n---\n')[1]).not.toContain('/assets/img');
  });
});

describe('importing a Hugo post (TOML front matter, {{< youtube >}} shortcodes, speakers in headings)', () => {
  const recap = imported('hugo/kcd-france-2023-retour/index.md');

  it('finds the talks with the speakers and companies of their headings, kept apart from job titles', () => {
    expect(recap.talks.map(({ title, line, speakers, video }) => ({ title, line, speakers, video }))).toEqual([
      { title: "Building container images in Kubernetes: it's been a journey", line: 13, speakers: [sp('Laurent Bernaille', 'Datadog'), sp('Mayeul Blanzat', 'Datadog')], video: 'https://www.youtube.com/watch?v=a6rSMDxGgn4' },
      { title: 'Révolution eBPF : un noyau Linux dynamique', line: 20, speakers: [sp('Raphaël Pinson', 'Isovalent')], video: 'https://www.youtube.com/watch?v=7ZoeDa1Xg8c' },
      { title: 'Table ronde : Ops / Dev / DevOps', line: 27, speakers: [sp('Juliette Audema'), sp('Angélique Jard'), sp('Hugo Lassiège')], video: null },
    ]);
    expect(recap.text).toContain('- Kind: panel');
  });

  it('reads the TOML fields, names the recap after its page bundle and turns shortcodes into video links', () => {
    expect(recap.id).toBe('kcd-france-2023-retour');
    expect(frontmatterOf(recap)).toMatchObject({ title: 'Retour sur le KCD France 2023', conference: 'kcd-france-2023', authors: ['Camille Lefèvre'], lang: 'fr', published: '2023-03-14' });
    expect(recap.text).not.toContain('{{<');
    expect(recap.conferences).toBeUndefined();
  });
});

describe('importing a saved WordPress page (article among navigation, sidebar and comments)', () => {
  const recap = imported('wordpress-kubecon-valence.html');

  it('reads only the article: talks, speakers lines and the embedded player', () => {
    expect(recap.talks.map(({ title, line, speakers, video }) => ({ title, line, speakers, video }))).toEqual([
      { title: 'Seeing is believing: debugging with ephemeral containers', line: 26, speakers: [sp('Aaron Alpar', 'Kasten by Veeam')], video: 'https://www.youtube.com/watch?v=dW5pNnD0G7U' },
      { title: 'How a Couple of Characters and GitOps Brought Down Our Site', line: 35, speakers: [sp('Nick Cook', 'Skyscanner')], video: null },
    ]);
    expect(recap.text).not.toMatch(/Articles récents|Super article|commentform|dataLayer/);
    expect(recap.text).toContain('https://blog.zenika-lyon.example/wp-content/uploads/2022/05/skyscanner.png');
  });

  it("takes title, author, date, site name, language and URL from the page's metadata", () => {
    expect(frontmatterOf(recap)).toMatchObject({
      title: 'KubeCon Europe 2022 à Valence : nos notes',
      conference: 'kubecon-eu-2022',
      authors: ['Julien Moreau'],
      organisation: 'Zenika Lyon',
      lang: 'fr',
      published: '2022-05-30',
      source: 'https://blog.zenika-lyon.example/2022/05/30/kubecon-valence/',
    });
    // The relative link resolves against the post's URL.
    expect(recap.text).toContain('https://blog.zenika-lyon.example/2022/05/24/kubecon-jour-1/');
  });
});

describe('importing an English dev.to post ("Speakers:" lines, "by X (Company)" headings, embeds)', () => {
  const recap = imported('devto-kubecon-chicago.md');

  it('merges heading and line speakers once each, and finds slides and embedded videos', () => {
    expect(recap.talks.map(({ title, line, speakers, video, slides }) => ({ title, line, speakers, video, slides }))).toEqual([
      { title: 'Tetragon: eBPF-based security observability', line: 14, speakers: [sp('Natália Réka Ivánkó', 'Isovalent'), sp('John Fastabend', 'Isovalent')], video: 'https://www.youtube.com/watch?v=UBVTJ0LJZyI', slides: null },
      { title: 'Supply chain security with Sigstore and Kyverno', line: 23, speakers: [sp('Priya Wadhwa', 'Chainguard')], video: null, slides: 'https://docs.google.com/presentation/d/1aBcD3fGhIjKlMnOpQrStUvWxYz/edit' },
      { title: 'The Future of Cluster API', line: 30, speakers: [sp('Fabrizio Pandini', 'VMware'), sp('Vince Prignano', 'VMware')], video: null, slides: null },
    ]);
    expect(recap.talks[1].tools).toEqual(['Sigstore', 'Kyverno', 'Cosign']);
  });

  it('adds a series and an edition for a conference conferences.yaml lacks, and says so', () => {
    expect(recap.conference).toBe('kubecon-na-2023');
    expect(recap.conferences).toMatch(/- id: kubecon-na\n\s+name: KubeCon \+ CloudNativeCon North America/);
    expect(recap.conferences).toMatch(/city: Chicago\n\s+country: United States/);
    expect(recap.notes).toEqual(['edition kubecon-na-2023 added to conferences.yaml with the series kubecon-na']);
    expect(recap.review).toContain('conference kubecon-na-2023 guessed from the post');
    expect(recap.review).toContain('authors not found in the post');
    expect(frontmatterOf(recap)).toMatchObject({ authors: ['TO REVIEW'], source: 'https://dev.to/sam_okafor/my-3-favourite-talks-from-kubecon-north-america-2023-4k2p', lang: 'en' });
  });
});

describe('importing a plain-text post', () => {
  const recap = imported('kubecon-barcelona-notes.txt');

  it('guesses headings from short lines and reads speakers after a dash or before what they did', () => {
    expect(recap.talks.map(({ title, line, speakers, video }) => ({ title, line, speakers, video }))).toEqual([
      { title: 'Kubernetes Failure Stories, or: How to Crash Your Cluster', line: 9, speakers: [sp('Henning Jacobs', 'Zalando')], video: 'https://www.youtube.com/watch?v=6sDTB4eV4F8' },
      { title: "Keynote: Kubernetes - Don't Stop Believin'", line: 15, speakers: [sp('Bryan Liles', 'VMware')], video: null },
      { title: 'Grafana Loki: Like Prometheus, but for Logs', line: 21, speakers: [sp('Tom Wilkie', 'Grafana Labs')], video: 'https://www.youtube.com/watch?v=CQiawXlgabQ' },
    ]);
  });

  it('takes the first line as the title and the byline for the author and date', () => {
    expect(frontmatterOf(recap)).toMatchObject({ title: 'KubeCon Barcelona 2019 - notes from the platform team', conference: 'kubecon-eu-2019', authors: ['Tom Hughes'], published: '2019-05-27', lang: 'en' });
    expect(recap.review).toContain('language detected as en');
  });
});

describe('importing a plain-text post with one line per paragraph and metadata lines', () => {
  const recap = imported('kubecon-detroit-notes.txt');

  it('keeps a group heading that has no text of its own, and reads Speakers and Presented by lines', () => {
    expect(recap.talks.map(({ title, line, speakers, video }) => ({ title, line, speakers, video }))).toEqual([
      { title: 'Welcome and opening remarks', line: 5, speakers: [], video: null },
      { title: 'Securing the software supply chain with SLSA', line: 10, speakers: [sp('Jane Doe', 'Google'), sp('John Roe', 'Chainguard')], video: 'https://www.youtube.com/watch?v=yyyyyyyyyyy' },
      { title: 'Debugging Kubernetes networking', line: 15, speakers: [sp('Emma Stone', 'Tigera')], video: null },
    ]);
    expect(recap.text).toContain('### Welcome and opening remarks\n\n- Speakers: unknown\n- Kind: keynote');
    expect(recap.review).toContain('speakers of "Welcome and opening remarks" not found');
  });
});

describe('importing a French Jekyll post with "Conférence présentée par :" lists and an iframe', () => {
  const recap = imported('2022-10-05-kcd-paris.md');

  it('reads speakers from the list, the short "Par" line and the first sentence, and the embedded video', () => {
    expect(recap.talks.map(({ title, line, speakers, video }) => ({ title, line, speakers, video }))).toEqual([
      { title: "Keynote d'ouverture", line: 11, speakers: [sp('Kelsey Hightower')], video: null },
      { title: 'Gérer 500 clusters avec Cluster API', line: 17, speakers: [sp('Marie Dubois', 'Orange'), sp('Paul Durand', 'OVHcloud')], video: 'https://www.youtube.com/watch?v=zzzzzzzzzzz' },
      { title: 'Lightning talk : kubectl debug en 5 minutes', line: 28, speakers: [sp('Hugo Petit', 'Datadog')], video: null },
    ]);
    // The raw iframe stays in the notes as the post wrote it; the renderer sanitises it.
    expect(recap.text).toContain('<iframe width="560" height="315" src="https://www.youtube-nocookie.com/embed/zzzzzzzzzzz"');
    expect(recap.conference).toBe('kcd-paris-2022');
    expect(recap.conferences).toMatch(/- id: kcd-paris\n\s+name: Kubernetes Community Days Paris\n\s+shortName: KCD Paris/);
  });
});

describe('the id of an imported recap', () => {
  it('comes from the file name without its date, from the title when the name says nothing, and never repeats within a run', () => {
    expect(imported('2024-03-25-kubecon-paris-recap.md').id).toBe('kubecon-paris-recap');
    const seedLike = importPost('posts/000_8d2ee3cfeec1c59b.txt', 'KubeCon Europe 2019 : nos notes\n\nUne conférence.\n', ctx);
    expect(seedLike.id).toBe('kubecon-europe-2019-nos-notes');
    const again = importPost('other/2024-03-25-kubecon-paris-recap.md', readFileSync(join(POSTS, '2024-03-25-kubecon-paris-recap.md'), 'utf8'), ctx, { takenIds: new Set(['kubecon-paris-recap']) });
    expect(again.id).toBe('kubecon-paris-recap-2');
  });
});

describe('importing a post about a single talk', () => {
  it('makes the whole post that talk when no section is one, its sections the notes', () => {
    const recap = imported('2019-05-25-kubernetes-at-the-edge.md');
    expect(recap.talks.map(({ title, line, speakers, video }) => ({ title, line, speakers, video }))).toEqual([
      { title: 'Kubernetes at the edge', line: 7, speakers: [sp('Jane Doe', 'Acme')], video: 'https://www.youtube.com/watch?v=qqqqqqqqqqq' },
    ]);
    expect(recap.text).toMatch(/## Kubernetes at the edge\n\n- Speakers: Jane Doe \(Acme\)\n[\s\S]*### The setup\n\nThree hundred clusters on trains\.\n\n### What went wrong/);
  });
});
