import { describe, expect, it } from 'vitest';
import { loadValidContent } from '../../src/parse/load-content.ts';

const { content, report } = loadValidContent();
const speakerName = new Map(content.speakers.map((s) => [s.id, s.name]));

/** Every talk the five seed articles describe: recap, edition, title (start), speakers or companies. */
const seedTalks: [recap: string, edition: string, title: string, people: string[]][] = [
  // kcd-france-2023-cockpit-io
  ["kcd-france-2023-cockpit-io", "kcd-france-2023", "Keynote d’ouverture", ["Solomon Hykes","Jérôme Petazzoni"]],
  ["kcd-france-2023-cockpit-io", "kcd-france-2023", "Retour d’expérience Kubernetes du ministère d", ["Ministère de l’Éducation nationale"]],
  ["kcd-france-2023-cockpit-io", "kcd-france-2023", "Construire des images Docker sur Kubernetes :", ["Laurent Bernaille","Mayeul Blanzat"]],
  ["kcd-france-2023-cockpit-io", "kcd-france-2023", "Rendre hautement disponible des milliers d’in", ["Solvik Blum","Laurent Marchaud"]],
  ["kcd-france-2023-cockpit-io", "kcd-france-2023", "Révolution eBPF : Un noyau Linux dynamique", ["Raphaël Pinson"]],
  ["kcd-france-2023-cockpit-io", "kcd-france-2023", "Sécurisez votre software supply chain avec SL", ["Mohamed Abdennebi"]],
  ["kcd-france-2023-cockpit-io", "kcd-france-2023", "L’enfer des DB SQL sur Kubernetes face à la p", ["David Donchez","Alexandre Buisine"]],
  ["kcd-france-2023-cockpit-io", "kcd-france-2023", "RIK, un orchestrateur de conteneurs en Rust", ["Hugo Amalric","Thomas Gouveia"]],
  ["kcd-france-2023-cockpit-io", "kcd-france-2023", "Kubernetes the not so hard Veepee way", ["Loïc Blot","Michaël Todorovic"]],
  ["kcd-france-2023-cockpit-io", "kcd-france-2023", "OpenTelemetry, JavaScript et tracing distribu", ["Sonia Seddiki"]],
  ["kcd-france-2023-cockpit-io", "kcd-france-2023", "Voyage dans le monde du Chaos Engineering : i", ["Si Li"]],
  // kcd-france-2023-ladies-of-code
  ["kcd-france-2023-ladies-of-code", "kcd-france-2023", "Construire des images Docker sur Kubernetes :", ["Laurent Bernaille","Mayeul Blanzat"]],
  ["kcd-france-2023-ladies-of-code", "kcd-france-2023", "A case for a developer portal", ["Sami Farhat"]],
  ["kcd-france-2023-ladies-of-code", "kcd-france-2023", "Comment créer un plugin kubectl?", ["Aurélie Vache","Sébastien Blanc"]],
  ["kcd-france-2023-ladies-of-code", "kcd-france-2023", "Comment rendre les secrets Kubernetes vraimen", ["Julie Hourcade"]],
  ["kcd-france-2023-ladies-of-code", "kcd-france-2023", "Voyage dans le monde du Chaos Engineering : i", ["Si Li"]],
  ["kcd-france-2023-ladies-of-code", "kcd-france-2023", "Ops / Dev / DevOps", ["Juliette Audema","Angélique Jard","Hugo Lassiège"]],
  ["kcd-france-2023-ladies-of-code", "kcd-france-2023", "Open-source: Comment contribuer ?", ["Zineb Benhiba","Christophe Chaudier","Rémi Verchère"]],
  // kubecon-eu-2019-day-3
  ["kubecon-eu-2019-day-3", "kubecon-eu-2019", "Ouverture des keynotes du jour", ["Janet Kuo"]],
  ["kubecon-eu-2019-day-3", "kubecon-eu-2019", "Kubernetes – Don’t Stop Believin’", ["Bryan Liles"]],
  ["kubecon-eu-2019-day-3", "kubecon-eu-2019", "From COBOL to Kubernetes: A 250 Year Old Bank", ["Laura Rehorst","Mike Ryan"]],
  ["kubecon-eu-2019-day-3", "kubecon-eu-2019", "Metrics, Logs & Traces; What Does the Future ", ["Tom Wilkie","Frederic Branczyk"]],
  ["kubecon-eu-2019-day-3", "kubecon-eu-2019", "Closing Remarks", ["Bryan Liles","Janet Kuo"]],
  ["kubecon-eu-2019-day-3", "kubecon-eu-2019", "Deep Dive: Brigade", ["Radu Matei"]],
  ["kubecon-eu-2019-day-3", "kubecon-eu-2019", "Testing your K8s apps with KIND", ["Benjamin Elder","James Munnelly"]],
  ["kubecon-eu-2019-day-3", "kubecon-eu-2019", "Intro + Deep Dive: Kubernetes (Network) SIG", ["Tim Hockin","Vallery Lancey"]],
  // kubecon-eu-2019-octo
  ["kubecon-eu-2019-octo", "kubecon-eu-2019", "Mise à jour des projets de la CNCF", ["Bryan Liles"]],
  ["kubecon-eu-2019-octo", "kubecon-eu-2019", "Helm 3: Navigating To Distant Shores", ["Bridget Kromhout","Jessica Deen"]],
  ["kubecon-eu-2019-octo", "kubecon-eu-2019", "Chaos Engineering avec Chaos Toolkit", ["Sylvain Hellegouarch"]],
  ["kubecon-eu-2019-octo", "kubecon-eu-2019", "Déploiements Canary et Blue/Green chez Intuit", ["Intuit"]],
  ["kubecon-eu-2019-octo", "kubecon-eu-2019", "TGI Kubernetes en direct : déployer avec kapp", ["Joe Beda"]],
  ["kubecon-eu-2019-octo", "kubecon-eu-2019", "Pentester son cluster avec kube-hunter", ["Liz Rice"]],
  ["kubecon-eu-2019-octo", "kubecon-eu-2019", "Tester ses policies OPA avec Conftest", ["Gareth Rushgrove"]],
  ["kubecon-eu-2019-octo", "kubecon-eu-2019", "Gérer ses secrets avec le Secrets Store CSI D", ["Rita Zhang","Anubhav Mishra"]],
  ["kubecon-eu-2019-octo", "kubecon-eu-2019", "Loki, l’agrégation de logs à la manière de Pr", ["Tom Wilkie"]],
  ["kubecon-eu-2019-octo", "kubecon-eu-2019", "Comment Spotify a supprimé ses clusters de pr", ["Spotify"]],
  ["kubecon-eu-2019-octo", "kubecon-eu-2019", "10 façons de se tirer une balle dans le pied ", ["Datadog"]],
  ["kubecon-eu-2019-octo", "kubecon-eu-2019", "8 façons de faire tomber son cluster", ["Zalando"]],
  // kubecon-eu-2022-part-3
  ["kubecon-eu-2022-part-3", "kubecon-eu-2022", "Incident de production chez InfluxData : un c", ["InfluxData"]],
  ["kubecon-eu-2022-part-3", "kubecon-eu-2022", "Incident de production chez Skyscanner : peti", ["Skyscanner"]],
  ["kubecon-eu-2022-part-3", "kubecon-eu-2022", "Déboguer en production avec les conteneurs ép", ["Aaron Alpar"]],
  ["kubecon-eu-2022-part-3", "kubecon-eu-2022", "How attackers use exposed Prometheus Server t", ["David de Torres Huerta","Miguel Hernández"]],
  ["kubecon-eu-2022-part-3", "kubecon-eu-2022", "Automated progressive delivery using gitops a", ["Yasen Simeonov","Henrik Blixt"]],
  ["kubecon-eu-2022-part-3", "kubecon-eu-2022", "Déploiements Canary avec Flagger", []],
  ["kubecon-eu-2022-part-3", "kubecon-eu-2022", "The soul of a new command: adding ‘events’ to", ["Bryan Boreham"]],
  ["kubecon-eu-2022-part-3", "kubecon-eu-2022", "Déployer Crossplane dans son entreprise", []],
  ["kubecon-eu-2022-part-3", "kubecon-eu-2022", "Show me your labels and I’ll tell you who you", ["Sandor Guba"]],
];

describe('the shipped content', () => {
  it('has no error and no warning', () => {
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
  });

  it('holds the three editions and the five recaps of the seeds', () => {
    expect(content.editions.map((e) => e.id).sort()).toEqual(['kcd-france-2023', 'kubecon-eu-2019', 'kubecon-eu-2022']);
    expect(content.recaps).toHaveLength(5);
    for (const recap of content.recaps) expect(recap.lang).toBe('fr');
  });

  it.each(seedTalks)('%s describes "%s…" at %s with its speakers', (recapId, edition, title, people) => {
    const recap = content.recaps.find((r) => r.id === recapId)!;
    const talks = recap.talks.map((id) => content.talks.find((t) => t.id === id)!);
    const talk = talks.find((t) => t.title.startsWith(title) || t.otherTitles.some((o) => o.startsWith(title)));
    expect(talk, `no talk "${title}" in ${recapId}`).toBeDefined();
    expect(talk!.edition).toBe(edition);
    expect([...talk!.speakers.map((s) => speakerName.get(s.speaker)), ...talk!.companies]).toEqual(people);
  });

  it('has exactly the seed talks, no more', () => {
    const described = new Set(seedTalks.map(([recap, , title]) => `${recap}|${title}`));
    expect(content.recaps.reduce((n, r) => n + r.talks.length, 0)).toBe(described.size);
  });

  it('merges the two KCD France 2023 recaps of the Datadog and Carrefour talks: one talk, two notes each', () => {
    const byNotes = content.talks.filter((t) => t.notes.length === 2);
    expect(byNotes.map((t) => t.speakers.map((s) => s.speaker))).toEqual([
      ['laurent-bernaille', 'mayeul-blanzat'],
      ['si-li'],
    ]);
    for (const talk of byNotes) expect(talk.notes.map((n) => n.recap).sort()).toEqual(['kcd-france-2023-cockpit-io', 'kcd-france-2023-ladies-of-code']);
  });

  it('gives Tom Wilkie his two KubeCon EU 2019 talks', () => {
    const tom = content.speakers.find((s) => s.name === 'Tom Wilkie')!;
    expect(tom.talks).toHaveLength(2);
    for (const id of tom.talks) expect(id.startsWith('kubecon-eu-2019/')).toBe(true);
  });

  it('holds the CNCF projects keynote of KubeCon EU 2019 with its project updates', () => {
    const keynote = content.talks.find((t) => t.title === 'Mise à jour des projets de la CNCF')!;
    expect(keynote.kind).toBe('keynote');
    expect(keynote.tools).toEqual(expect.arrayContaining(['openebs', 'linkerd', 'helm', 'harbor', 'rook', 'opentelemetry', 'fluentd']));
  });

  it('catalogues every tool a talk lists, and ties sub-projects to their CNCF project', () => {
    const project = (toolId: string) => content.tools.find((t) => t.id === toolId)?.project;
    expect(project('argo-cd')).toBe('argo');
    expect(project('hubble')).toBe('cilium');
    expect(project('tetragon')).toBe('cilium');
    expect(project('flagger')).toBe('flux');
    expect(project('kubectl')).toBe('kubernetes');
    expect(project('kind')).toBe('kubernetes');
  });
});
