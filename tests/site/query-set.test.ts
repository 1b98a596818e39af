import { beforeAll, describe, expect, inject, it } from 'vitest';
import { urls } from '../../src/urls.ts';
import { openNodeSearch, showResults, type NodeSearch } from '../helpers/pagefind-node.ts';

/**
 * The queries a reader types, with what they expect, run through the site's own search client
 * and laid out as the search page lays them out. Topics: talks first, the talks about the
 * topic among the first three. Names: the thing's page first, then a talk about it.
 */
const topics: [query: string, expected: string[]][] = [
  ['chaos', ['kcd-france-2023/voyage-dans-le-monde-du-chaos-engineering-immunisez-votre-infrastructure-par-l-injection-de-defaillances', 'kubecon-eu-2019/chaos-engineering-avec-chaos-toolkit']],
  ['incident', ['kubecon-eu-2022/incident-de-production-chez-influxdata-un-changement-anodin-qui-fait-tomber-la-prod', 'kubecon-eu-2022/incident-de-production-chez-skyscanner-petite-modification-grosse-panne']],
  ['secrets', ['kcd-france-2023/comment-rendre-les-secrets-kubernetes-vraiment-secrets', 'kubecon-eu-2019/gerer-ses-secrets-avec-le-secrets-store-csi-driver']],
  ['policies', ['kubecon-eu-2019/tester-ses-policies-opa-avec-conftest']],
  ['ingress', ['kcd-france-2023/rendre-hautement-disponible-des-milliers-d-ingresses-sur-des-clusters-kubernetes-independants']],
  ['rootless', ['kcd-france-2023/construire-des-images-docker-sur-kubernetes-un-long-voyage']],
  ['canary', ['kubecon-eu-2022/deploiements-canary-avec-flagger', 'kubecon-eu-2019/deploiements-canary-et-blue-green-chez-intuit']],
  ['supply chain', ['kcd-france-2023/securisez-votre-software-supply-chain-avec-slsa-sigstore-et-kyverno']],
  ['observability', ['kubecon-eu-2019/metrics-logs-and-traces-what-does-the-future-hold-for-observability']],
  ['tracing', ['kcd-france-2023/opentelemetry-javascript-et-tracing-distribue-un-jour-j-irai-vivre-en-theorie-car-en-theorie-tout-se-passe-bien']],
  ['progressive delivery', ['kubecon-eu-2022/automated-progressive-delivery-using-gitops-and-service-mesh']],
  ['developer portal', ['kcd-france-2023/a-case-for-a-developer-portal']],
  ['labels', ['kubecon-eu-2022/show-me-your-labels-and-i-ll-tell-you-who-you-are']],
  ['opérateurs', ['kcd-france-2023/l-enfer-des-db-sql-sur-kubernetes-face-a-la-promesse-des-operateurs']],
  ['pentest', ['kubecon-eu-2019/pentester-son-cluster-avec-kube-hunter']],
];

const names: [query: string, page: string, talk: string][] = [
  ['cilium', urls.tool('cilium'), 'kcd-france-2023/revolution-ebpf-un-noyau-linux-dynamique'],
  ['argocd', urls.tool('argo-cd'), 'kubecon-eu-2022/automated-progressive-delivery-using-gitops-and-service-mesh'],
  ['OPA', urls.tool('open-policy-agent'), 'kubecon-eu-2019/tester-ses-policies-opa-avec-conftest'],
  ['Open Policy Agent (OPA)', urls.tool('open-policy-agent'), 'kubecon-eu-2019/tester-ses-policies-opa-avec-conftest'],
  ['LitmusChaos', urls.tool('litmus'), 'kcd-france-2023/voyage-dans-le-monde-du-chaos-engineering-immunisez-votre-infrastructure-par-l-injection-de-defaillances'],
  ['CNI', urls.tool('container-network-interface'), 'kcd-france-2023/revolution-ebpf-un-noyau-linux-dynamique'],
  ['Flux', urls.tool('flux'), 'kubecon-eu-2022/deploiements-canary-avec-flagger'],
  ['Carvel', urls.project('carvel'), 'kubecon-eu-2019/tgi-kubernetes-en-direct-deployer-avec-kapp'],
  ['Laurent Bernaille', urls.speaker('laurent-bernaille'), 'kcd-france-2023/construire-des-images-docker-sur-kubernetes-un-long-voyage'],
  ['tom wilkie', urls.speaker('tom-wilkie'), 'kubecon-eu-2019/metrics-logs-and-traces-what-does-the-future-hold-for-observability'],
];

const dist = inject('siteDist');
let search: NodeSearch;
beforeAll(async () => {
  search = await openNodeSearch(dist);
});

describe('the query set', () => {
  it.each(topics)('"%s" puts talks first, the talks about it among the first three, tools and speakers in the "also" row', async (query, expected) => {
    const { list, also } = await showResults(dist, search, query);
    expect(list.length, query).toBeGreaterThan(0);
    expect(list.every((result) => result.meta.type === 'Talk' || result.meta.type === 'Edition'), query).toBe(true);
    const top = list.slice(0, 3).map((result) => result.url);
    for (const id of expected) expect(top, query).toContain(urls.talk(id));
    expect(also.every((result) => ['Tool', 'CNCF project', 'Speaker'].includes(result.meta.type))).toBe(true);
  });

  it.each(names)('"%s" puts the page of what it names first (%s), then its talk', async (query, page, talk) => {
    const { list } = await showResults(dist, search, query);
    expect(list[0].url).toBe(page);
    expect(list[1].url).toBe(urls.talk(talk));
  });

  it('a talk result carries its edition and speakers, and a snippet of its notes, not its metadata line', async () => {
    const { list } = await showResults(dist, search, 'rootless');
    const talk = list[0];
    expect(talk.meta.edition).toBe('KCD France 2023');
    expect(talk.meta.speakers).toContain('Laurent Bernaille');
    expect(talk.excerpt).toMatch(/<mark>rootless/);
    expect(talk.excerpt).not.toContain('Kubernetes Community Days France 2023 ·');
  });

  it('a name no talk mentions gets its plain answer, and no unrelated result', async () => {
    expect(await showResults(dist, search, 'Jenkins')).toEqual({ list: [], also: [], noTalk: 'Jenkins' });
    expect(await showResults(dist, search, 'jenkins')).toEqual({ list: [], also: [], noTalk: 'Jenkins' });
  });
});
