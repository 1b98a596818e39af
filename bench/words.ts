/**
 * Word lists the generator builds recaps from: people, companies, conferences, and for each
 * language the phrases and sentence templates of plausible talk notes. The lists are long
 * enough that the search index sees a realistic spread of words, not a handful repeated.
 */

export type Lang = 'fr' | 'en';

export interface SeriesSpec {
  id: string;
  name: string;
  shortName: string;
  website: string;
  /** Month the edition usually starts (1-12). */
  month: number;
  /** Relative share of recaps written about this series. */
  weight: number;
  /** Share of its recaps written in French. */
  french: number;
  /** Year -> city, country. */
  editions: Record<number, [city: string, country: string]>;
}

export const SERIES: SeriesSpec[] = [
  {
    id: 'kubecon-eu',
    name: 'KubeCon + CloudNativeCon Europe',
    shortName: 'KubeCon EU',
    website: 'https://events.linuxfoundation.org/kubecon-cloudnativecon-europe/',
    month: 4,
    weight: 6,
    french: 0.5,
    editions: {
      2016: ['London', 'United Kingdom'],
      2017: ['Berlin', 'Germany'],
      2018: ['Copenhagen', 'Denmark'],
      2019: ['Barcelona', 'Spain'],
      2020: ['Online', 'Online'],
      2021: ['Online', 'Online'],
      2022: ['Valencia', 'Spain'],
      2023: ['Amsterdam', 'Netherlands'],
      2024: ['Paris', 'France'],
      2025: ['London', 'United Kingdom'],
      2026: ['Amsterdam', 'Netherlands'],
    },
  },
  {
    id: 'kubecon-na',
    name: 'KubeCon + CloudNativeCon North America',
    shortName: 'KubeCon NA',
    website: 'https://events.linuxfoundation.org/kubecon-cloudnativecon-north-america/',
    month: 11,
    weight: 5,
    french: 0.35,
    editions: {
      2016: ['Seattle', 'United States'],
      2017: ['Austin', 'United States'],
      2018: ['Seattle', 'United States'],
      2019: ['San Diego', 'United States'],
      2020: ['Online', 'Online'],
      2021: ['Los Angeles', 'United States'],
      2022: ['Detroit', 'United States'],
      2023: ['Chicago', 'United States'],
      2024: ['Salt Lake City', 'United States'],
      2025: ['Atlanta', 'United States'],
      2026: ['Los Angeles', 'United States'],
    },
  },
  {
    id: 'kubecon-china',
    name: 'KubeCon + CloudNativeCon China',
    shortName: 'KubeCon China',
    website: 'https://events.linuxfoundation.org/kubecon-cloudnativecon-china/',
    month: 8,
    weight: 1,
    french: 0.2,
    editions: {
      2018: ['Shanghai', 'China'],
      2019: ['Shanghai', 'China'],
      2023: ['Shanghai', 'China'],
      2024: ['Hong Kong', 'China'],
      2025: ['Hong Kong', 'China'],
    },
  },
  {
    id: 'kubecon-india',
    name: 'KubeCon + CloudNativeCon India',
    shortName: 'KubeCon India',
    website: 'https://events.linuxfoundation.org/kubecon-cloudnativecon-india/',
    month: 12,
    weight: 0.7,
    french: 0.2,
    editions: { 2024: ['New Delhi', 'India'], 2025: ['Hyderabad', 'India'], 2026: ['Mumbai', 'India'] },
  },
  {
    id: 'kcd-france',
    name: 'Kubernetes Community Days France',
    shortName: 'KCD France',
    website: 'https://www.kcdfrance.fr/',
    month: 3,
    weight: 2,
    french: 0.9,
    editions: { 2023: ['Paris', 'France'], 2024: ['Paris', 'France'], 2025: ['Paris', 'France'], 2026: ['Paris', 'France'] },
  },
  {
    id: 'kcd-uk',
    name: 'Kubernetes Community Days UK',
    shortName: 'KCD UK',
    website: 'https://community.cncf.io/kcd-uk/',
    month: 10,
    weight: 0.8,
    french: 0.2,
    editions: { 2021: ['London', 'United Kingdom'], 2022: ['London', 'United Kingdom'], 2023: ['London', 'United Kingdom'], 2024: ['London', 'United Kingdom'], 2025: ['Edinburgh', 'United Kingdom'] },
  },
  {
    id: 'kcd-munich',
    name: 'Kubernetes Community Days Munich',
    shortName: 'KCD Munich',
    website: 'https://www.kcdmunich.de/',
    month: 7,
    weight: 0.7,
    french: 0.3,
    editions: { 2022: ['Munich', 'Germany'], 2023: ['Munich', 'Germany'], 2024: ['Munich', 'Germany'], 2025: ['Munich', 'Germany'] },
  },
  {
    id: 'kcd-suisse-romande',
    name: 'Kubernetes Community Days Suisse Romande',
    shortName: 'KCD Suisse Romande',
    website: 'https://community.cncf.io/kcd-suisse-romande/',
    month: 6,
    weight: 0.6,
    french: 0.8,
    editions: { 2022: ['Geneva', 'Switzerland'], 2023: ['Lausanne', 'Switzerland'], 2024: ['Geneva', 'Switzerland'], 2026: ['Lausanne', 'Switzerland'] },
  },
  {
    id: 'kcd-amsterdam',
    name: 'Kubernetes Community Days Amsterdam',
    shortName: 'KCD Amsterdam',
    website: 'https://community.cncf.io/kcd-amsterdam/',
    month: 9,
    weight: 0.5,
    french: 0.2,
    editions: { 2019: ['Amsterdam', 'Netherlands'], 2023: ['Amsterdam', 'Netherlands'], 2024: ['Amsterdam', 'Netherlands'] },
  },
  {
    id: 'kcd-warsaw',
    name: 'Kubernetes Community Days Warsaw',
    shortName: 'KCD Warsaw',
    website: 'https://community.cncf.io/kcd-warsaw/',
    month: 10,
    weight: 0.4,
    french: 0.2,
    editions: { 2023: ['Warsaw', 'Poland'], 2024: ['Warsaw', 'Poland'] },
  },
];

export const FIRST_NAMES = [
  'Alice', 'Amandine', 'Anaïs', 'Antoine', 'Arnaud', 'Aurélie', 'Baptiste', 'Camille', 'Cécile', 'Chloé',
  'Christophe', 'Clément', 'Damien', 'Delphine', 'Élodie', 'Émilie', 'Étienne', 'Fanny', 'François', 'Gaëlle',
  'Guillaume', 'Hélène', 'Hugo', 'Inès', 'Jérôme', 'Julie', 'Julien', 'Léa', 'Loïc', 'Lucie',
  'Manon', 'Margaux', 'Mathieu', 'Maxime', 'Mélanie', 'Nicolas', 'Noémie', 'Océane', 'Pauline', 'Raphaël',
  'Rémi', 'Sébastien', 'Solène', 'Sophie', 'Thibault', 'Thomas', 'Valérie', 'Yann', 'Zoé', 'Aaron',
  'Abigail', 'Adam', 'Aisha', 'Alex', 'Amelia', 'Andrew', 'Anna', 'Ben', 'Bridget', 'Carlos',
  'Charlotte', 'Chen', 'Daniel', 'David', 'Diana', 'Dmitri', 'Elena', 'Emma', 'Ethan', 'Fatima',
  'Felix', 'Grace', 'Hannah', 'Hiroshi', 'Ian', 'Ingrid', 'Isaac', 'Jack', 'James', 'Janet',
  'Jessica', 'Joe', 'Jonas', 'Kamal', 'Karen', 'Katarzyna', 'Kelsey', 'Kevin', 'Lars', 'Laura',
  'Liam', 'Lin', 'Lucas', 'Maria', 'Mark', 'Marta', 'Matteo', 'Mei', 'Michael', 'Mohamed',
  'Nadia', 'Nathan', 'Nikhil', 'Olga', 'Oliver', 'Priya', 'Rahul', 'Ravi', 'Rebecca', 'Ricardo',
  'Rosa', 'Ryan', 'Saanvi', 'Samuel', 'Sara', 'Sven', 'Tanya', 'Tim', 'Tomasz', 'Vallery',
  'Wei', 'William', 'Xin', 'Yuki', 'Zainab', 'Björn', 'Jürgen', 'Søren', 'Zoë', 'José',
];

export const LAST_NAMES = [
  'Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau',
  'Simon', 'Laurent', 'Lefèvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier',
  'Morel', 'Girard', 'André', 'Lefebvre', 'Mercier', 'Dupont', 'Lambert', 'Bonnet', 'François', 'Martinez',
  'Legrand', 'Garnier', 'Faure', 'Rousseau', 'Blanc', 'Guérin', 'Muller', 'Henry', 'Roussel', 'Nicolas',
  'Perrin', 'Morin', 'Mathieu', 'Clément', 'Gauthier', 'Dumont', 'Lopez', 'Fontaine', 'Chevalier', 'Robin',
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'Wilson', 'Anderson', 'Taylor',
  'Moore', 'Jackson', 'White', 'Harris', 'Thompson', 'Young', 'Allen', 'King', 'Wright', 'Scott',
  'Green', 'Baker', 'Adams', 'Nelson', 'Hill', 'Campbell', 'Mitchell', 'Roberts', 'Carter', 'Phillips',
  'Evans', 'Turner', 'Torres', 'Parker', 'Collins', 'Edwards', 'Stewart', 'Morris', 'Murphy', 'Cook',
  'Rogers', 'Morgan', 'Peterson', 'Cooper', 'Reed', 'Bailey', 'Bell', 'Gómez', 'Kelly', 'Howard',
  'Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann',
  'Kowalski', 'Nowak', 'Wiśniewski', 'Jansen', 'de Vries', 'van Dijk', 'Bakker', 'Visser', 'Smit', 'Nielsen',
  'Hansen', 'Andersson', 'Johansson', 'Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo',
  'Fernández', 'González', 'Rodríguez', 'Sánchez', 'Pérez', 'Silva', 'Santos', 'Oliveira', 'Costa', 'Pereira',
  'Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou',
  'Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Kim', 'Lee', 'Park', 'Choi', 'Nguyen',
  'Sharma', 'Patel', 'Singh', 'Kumar', 'Gupta', 'Iyer', 'Reddy', 'Das', 'Khan', 'Ali',
  'Haddad', 'Benali', 'Mansouri', 'Okafor', 'Mensah', 'Diallo', 'Traoré', 'Ndiaye', 'Kuo', 'Hockin',
];

/** Ordered from most to least frequent on conference stages. */
export const COMPANIES = [
  'Google', 'Red Hat', 'Microsoft', 'Amazon', 'VMware', 'Datadog', 'Isovalent', 'Independent', 'IBM', 'SUSE',
  'Apple', 'Intuit', 'Spotify', 'Cisco', 'Aqua Security', 'Sysdig', 'Solo.io', 'Buoyant', 'Tetrate', 'Chainguard',
  'OVHcloud', 'Scaleway', 'Orange', 'Société Générale', 'BNP Paribas', 'Criteo', 'Doctolib', 'Back Market', 'Veepee', 'Shopify',
  'Adidas', 'Mercedes-Benz', 'SAP', 'Ericsson', 'Deutsche Telekom', 'ING', 'Zalando', 'Bloomberg', 'Capital One', 'CERN',
  'Alibaba Cloud', 'Huawei', 'Tencent', 'ByteDance', 'Ant Group', 'NVIDIA', 'Intel', 'Akamai', 'DigitalOcean', 'Mirantis',
  'Giant Swarm', 'Upbound', 'Snyk', 'Elastic', 'InfluxData', 'Skyscanner', 'Canonical', 'Weaveworks', 'Kong', 'HashiCorp',
  'OCTO Technology', 'Zenika', 'Ippon', 'Sfeir', 'WeScale', 'Theodo', 'Ministère des Armées', 'SNCF Connect', 'Leboncoin', 'Qonto',
  'Airbus', 'Thales', 'Michelin', 'Decathlon', 'Carrefour', 'La Poste', 'Swile', 'Mirakl', 'ManoMano', 'Alan',
];

export const ORGANISATIONS = [
  'OCTO Technology', 'Zenika', 'Ippon', 'Sfeir', 'WeScale', 'Theodo', 'Cockpit.io', 'Ladies of Code', 'Padok', 'Objectif Libre',
  'Acme', 'Cloud Native Paris', 'Xebia', 'Container Solutions', 'Liquid Reply', 'Kubermatic', 'Contino', 'Jetstack', 'LearnK8s', 'Skyscanner Engineering',
];

/** Prefixes and roots of the long tail of technical terms ("multi-tenant", "auto-remediation"). */
export const TECH_PREFIXES = ['multi', 'auto', 'pre', 'post', 'sub', 'inter', 'micro', 'hyper', 'meta', 'self', 'zero', 'cross', 'over', 'under', 'non'];
export const TECH_ROOTS = [
  'tenant', 'cluster', 'scaling', 'provisioning', 'tuning', 'remediation', 'region', 'cloud', 'service', 'segmentation',
  'signing', 'attestation', 'sharding', 'caching', 'batching', 'scheduling', 'replication', 'failover', 'sampling', 'rollout',
  'rollback', 'reconciliation', 'admission', 'mutation', 'validation', 'encryption', 'rotation', 'discovery', 'placement', 'eviction',
  'preemption', 'throttling', 'quota', 'budget', 'isolation', 'sandboxing', 'tracing', 'profiling', 'alerting', 'labelling',
  'patching', 'upgrade', 'migration', 'bootstrap', 'hydration', 'compaction', 'indexing', 'parsing', 'routing', 'peering',
];

export interface LanguageWords {
  /** Singular noun phrases usable anywhere in a sentence (French ones carry their article). */
  phrases: string[];
  /** Verbs in the infinitive, for "to X the Y" / "pour X le Y". */
  verbs: string[];
  /** Adjectives that agree with any singular noun phrase. */
  adjectives: string[];
  /** Sentence templates: {tool} {tool2} {np} {np2} {Np} {verb} {adj} {company} {n} {pct} {tech} {year}. */
  sentences: string[];
  /** Talk title templates, same slots. */
  titles: string[];
  /** Recap title templates: {conf} {year} {org} {part}. */
  recapTitles: string[];
  intros: string[];
  keynotesHeading: string;
  conclusionHeading: string;
}

export const WORDS: Record<Lang, LanguageWords> = {
  en: {
    phrases: [
      'the control plane', 'the data plane', 'the release pipeline', 'the platform team', 'the developer experience', 'the on-call rotation',
      'the service mesh', 'the network policy', 'the admission webhook', 'the custom resource', 'the operator pattern', 'the reconciliation loop',
      'the scheduler', 'the node pool', 'the storage class', 'the persistent volume', 'the ingress controller', 'the load balancer',
      'the container image', 'the base image', 'the build cache', 'the software bill of materials', 'the supply chain', 'the signing key',
      'the audit log', 'the threat model', 'the attack surface', 'the blast radius', 'the error budget', 'the service level objective',
      'the incident review', 'the postmortem', 'the runbook', 'the dashboard', 'the alert fatigue', 'the cardinality problem',
      'the trace context', 'the sampling strategy', 'the metrics pipeline', 'the log volume', 'the cost report', 'the cloud bill',
      'the spot instance', 'the autoscaler', 'the resource request', 'the memory limit', 'the CPU throttling', 'the cold start',
      'the sidecar', 'the init container', 'the daemon set', 'the stateful set', 'the rolling update', 'the canary release',
      'the blue-green deployment', 'the feature flag', 'the GitOps workflow', 'the pull request', 'the monorepo', 'the Helm chart',
      'the golden path', 'the internal developer platform', 'the self-service portal', 'the service catalogue', 'the secret store', 'the certificate chain',
      'the identity provider', 'the workload identity', 'the zero trust model', 'the compliance report', 'the policy engine', 'the edge location',
      'the bare-metal fleet', 'the virtual machine', 'the kernel module', 'the system call', 'the network namespace', 'the packet path',
      'the DNS resolution', 'the latency budget', 'the tail latency', 'the throughput', 'the backpressure', 'the queue depth',
      'the database migration', 'the backup strategy', 'the disaster recovery plan', 'the multi-cluster setup', 'the hybrid cloud', 'the air-gapped environment',
      'the upgrade path', 'the deprecation policy', 'the API server', 'the etcd quorum', 'the kubelet', 'the container runtime',
      'the GPU node', 'the machine learning workload', 'the inference service', 'the batch job', 'the event stream', 'the message broker',
      'the community meeting', 'the maintainer', 'the contributor ladder', 'the governance model', 'the roadmap', 'the user survey',
      'the sustainability report', 'the carbon footprint', 'the energy consumption', 'the onboarding', 'the documentation', 'the migration guide',
    ],
    verbs: [
      'automate', 'secure', 'observe', 'debug', 'scale', 'migrate', 'simplify', 'standardise', 'harden', 'measure',
      'replace', 'monitor', 'document', 'test', 'benchmark', 'refactor', 'deploy', 'upgrade', 'audit', 'isolate',
      'federate', 'shard', 'cache', 'trace', 'profile', 'patch', 'validate', 'sign', 'rotate', 'encrypt',
      'throttle', 'schedule', 'package', 'distribute', 'replicate', 'decommission', 'consolidate', 'budget', 'forecast', 'govern',
    ],
    adjectives: [
      'reliable', 'fast', 'simple', 'robust', 'boring', 'expensive', 'fragile', 'critical', 'observable', 'reproducible',
      'portable', 'scalable', 'secure', 'declarative', 'immutable', 'ephemeral', 'stateful', 'stateless', 'lightweight', 'opinionated',
      'mature', 'experimental', 'painful', 'elegant', 'pragmatic', 'surprising', 'predictable', 'noisy', 'brittle', 'resilient',
    ],
    sentences: [
      'The speakers opened with a story about {np} and how it slowly became {adj} over {n} months.',
      'Their team moved {np} to {tool}, which cut the time to {verb} {np2} from hours to minutes.',
      'According to {company}, {np} is the first thing that breaks when you try to {verb} {np2} at scale.',
      'The demo used {tool} to {verb} {np} across {n} clusters, and it worked on the first try.',
      'They compared {tool} with {tool2} and explained why {np} made the choice obvious for them.',
      'A key takeaway: keep {np} {adj}, and let {tool} take care of {np2}.',
      '{Np} used to be {adj}; with {tool} it is now something the whole team can {verb}.',
      'The second half of the talk covered {tech} and its impact on {np}.',
      'We liked the honest part about what went wrong: {np} was {adj} until they started to {verb} it.',
      'In production at {company}, {tool} handles {np} for about {n} services.',
      'The speaker showed how {tool} can {verb} {np} without touching {np2}.',
      'Questions from the audience focused on {np} and on how {tool} behaves during {tech}.',
      'Their advice is to {verb} {np} early, before {np2} grows too large to change.',
      'The architecture diagram put {tool} between {np} and {np2}, with {tech} on top.',
      'They measured a {pct} percent drop in {np} after enabling {tech}.',
      'The roadmap for {tool} includes better support for {np} and {tech}.',
      'Nobody in the room had tried to {verb} {np} with {tool} before, which made the demo memorable.',
      'A lot of the complexity comes from {np}, not from {tool} itself.',
      'The talk ended with a checklist to {verb} {np} in {year}.',
      'What stood out was how {adj} {np} became once {tool} was in place.',
      'They run {n} clusters and rely on {tool} to {verb} {np} every night.',
      'The maintainers of {tool} explained the trade-offs behind {tech}.',
      'If you only remember one thing: {np} deserves the same care as {np2}.',
      'The live coding session showed {tool} reacting to {np} in real time.',
      'Migrating from {tool} to {tool2} took {n} weeks, mostly because of {np}.',
      'They contributed {tech} upstream so that {tool} can {verb} {np} out of the box.',
      'A slide summed it up: {adj} tooling, {adj2} processes, and a clear owner for {np}.',
      'The case study from {company} showed {np} under real load.',
      'The panel disagreed on {np}, but everyone agreed that {tool} is now {adj}.',
      'Security came up as well: {tool} can {verb} {np} and report on {np2}.',
      'The speaker insisted on testing {np} with chaos experiments before trusting {tool}.',
      'Their platform wraps {tool} behind {np}, so developers never see {np2}.',
      'Cost was a recurring theme: {np} accounted for {pct} percent of the bill.',
      'They published the code, including the scripts used to {verb} {np}.',
      'Slides and a recording of the demo are worth a look for anyone working on {np}.',
    ],
    titles: [
      '{Tool}: {adj} {tech} in production',
      'How {company} runs {tool} at scale',
      'Lessons learned from {n} years of {tech}',
      'Deep dive into {tool} and {tech}',
      'From {tool} to {tool2}: a migration story',
      'Taming {tech} with {tool}',
      'Beyond {tech}: what we learned the hard way',
      '{Tool} in the real world: {adj} and {adj2}',
      'Building a {adj} platform on {tool}',
      'Secure {tech} for everyone',
      'The state of {tech} in {year}',
      'What {company} learned running {n} clusters',
      'Observability for {tech}: a practical guide',
      'Zero to {tool} in {n} minutes',
      '{Tech} without tears',
      'Scaling {tool} to {n} nodes',
    ],
    recapTitles: [
      'Our notes from {conf} {year}', '{conf} {year}: what we learned', '{conf} {year}, day {part}', 'Back from {conf} {year}',
      '{conf} {year}: the talks we liked', '{org} at {conf} {year}',
    ],
    intros: [
      '{org} sent a few people to {conf} {year}. Here are the talks that caught our attention, with our notes and a few opinions.',
      'This is our recap of {conf} {year}. The schedule was far too dense to see everything, so we split up and compared notes afterwards.',
      'Another edition of {conf}, another batch of notes. As usual, we focus on what we can apply in our own projects.',
    ],
    keynotesHeading: 'Keynotes',
    conclusionHeading: 'Conclusion',
  },
  fr: {
    phrases: [
      'le plan de contrôle', 'le plan de données', 'la chaîne de déploiement', "l'équipe plateforme", "l'expérience développeur", "l'astreinte",
      'le maillage de services', 'la politique réseau', "le webhook d'admission", 'la ressource personnalisée', "le patron d'opérateur", 'la boucle de réconciliation',
      "l'ordonnanceur", 'le pool de nœuds', 'la classe de stockage', 'le volume persistant', "le contrôleur d'entrée", 'le répartiteur de charge',
      "l'image de conteneur", "l'image de base", 'le cache de construction', "la nomenclature logicielle", "la chaîne d'approvisionnement", 'la clé de signature',
      "le journal d'audit", 'le modèle de menace', "la surface d'attaque", "le rayon d'impact", "le budget d'erreur", "l'objectif de niveau de service",
      "la revue d'incident", 'le post-mortem', 'la procédure d’exploitation', 'le tableau de bord', 'la fatigue des alertes', 'le problème de cardinalité',
      'le contexte de trace', "la stratégie d'échantillonnage", 'la collecte de métriques', 'le volume de journaux', 'le rapport de coûts', 'la facture cloud',
      "l'instance spot", "l'autoscaler", 'la demande de ressources', 'la limite mémoire', 'le bridage CPU', 'le démarrage à froid',
      'le sidecar', "le conteneur d'initialisation", 'le daemon set', 'le stateful set', 'la mise à jour progressive', 'le déploiement canari',
      'le déploiement bleu-vert', 'le drapeau de fonctionnalité', 'le flux GitOps', 'la demande de fusion', 'le monodépôt', 'le chart Helm',
      'le chemin balisé', 'la plateforme interne', 'le portail en libre-service', 'le catalogue de services', 'le coffre à secrets', 'la chaîne de certificats',
      "le fournisseur d'identité", "l'identité des charges de travail", 'le modèle zéro confiance', 'le rapport de conformité', 'le moteur de politiques', 'le site en périphérie',
      'le parc bare-metal', 'la machine virtuelle', 'le module noyau', "l'appel système", "l'espace de noms réseau", 'le chemin des paquets',
      'la résolution DNS', 'le budget de latence', 'la latence de queue', 'le débit', 'la contre-pression', "la profondeur de file d'attente",
      'la migration de base de données', 'la stratégie de sauvegarde', 'le plan de reprise', 'le multi-cluster', 'le cloud hybride', "l'environnement déconnecté",
      'le chemin de mise à jour', 'la politique de dépréciation', "le serveur d'API", 'le quorum etcd', 'le kubelet', "l'environnement d'exécution",
      'le nœud GPU', "la charge d'apprentissage automatique", "le service d'inférence", 'le traitement par lots', "le flux d'événements", 'le courtier de messages',
      'la réunion communautaire', 'la mainteneuse', 'le parcours de contribution', 'le modèle de gouvernance', 'la feuille de route', "l'enquête utilisateurs",
      "le rapport d'impact", "l'empreinte carbone", 'la consommation énergétique', "l'intégration des nouveaux", 'la documentation', 'le guide de migration',
    ],
    verbs: [
      'automatiser', 'sécuriser', 'observer', 'déboguer', 'mettre à l’échelle', 'migrer', 'simplifier', 'standardiser', 'durcir', 'mesurer',
      'remplacer', 'superviser', 'documenter', 'tester', 'comparer', 'refondre', 'déployer', 'mettre à jour', 'auditer', 'isoler',
      'fédérer', 'partitionner', 'mettre en cache', 'tracer', 'profiler', 'corriger', 'valider', 'signer', 'renouveler', 'chiffrer',
      'limiter', 'planifier', 'empaqueter', 'distribuer', 'répliquer', 'décommissionner', 'consolider', 'budgéter', 'anticiper', 'gouverner',
    ],
    adjectives: [
      'fiable', 'rapide', 'simple', 'robuste', 'ennuyeux', 'coûteux', 'fragile', 'critique', 'observable', 'reproductible',
      'portable', 'scalable', 'sécurisable', 'déclaratif', 'immuable', 'éphémère', 'stable', 'efficace', 'léger', 'pragmatique',
      'mature', 'expérimental', 'pénible', 'élégant', 'modulaire', 'surprenant', 'prévisible', 'bruyant', 'cassant', 'résilient',
    ],
    sentences: [
      "Les intervenants ont commencé par une anecdote sur {np}, devenu {adj} en {n} mois.",
      "Leur équipe a migré {np} vers {tool}, ce qui a réduit le temps pour {verb} {np2} de plusieurs heures à quelques minutes.",
      "Selon {company}, {np} est la première chose qui casse quand on veut {verb} {np2} à grande échelle.",
      "La démo utilisait {tool} pour {verb} {np} sur {n} clusters, et tout a fonctionné du premier coup.",
      "Ils ont comparé {tool} et {tool2}, et expliqué pourquoi {np} a rendu le choix évident.",
      "À retenir : garder {np} {adj}, et laisser {tool} s'occuper de {np2}.",
      "{Np} était {adj} ; avec {tool}, toute l'équipe peut désormais le {verb}.",
      "La seconde moitié du talk portait sur le {tech} et son effet sur {np}.",
      "On a apprécié la partie honnête sur ce qui a raté : {np} restait {adj} tant qu'ils ne cherchaient pas à le {verb}.",
      "En production chez {company}, {tool} gère {np} pour environ {n} services.",
      "L'intervenant a montré comment {tool} permet de {verb} {np} sans toucher à {np2}.",
      "Les questions du public portaient sur {np} et sur le comportement de {tool} pendant le {tech}.",
      "Leur conseil : {verb} {np} tôt, avant que {np2} ne devienne impossible à changer.",
      "Le schéma d'architecture plaçait {tool} entre {np} et {np2}, avec le {tech} par-dessus.",
      "Ils ont mesuré une baisse de {pct} % sur {np} après avoir activé le {tech}.",
      "La feuille de route de {tool} prévoit un meilleur support pour {np} et pour le {tech}.",
      "Personne dans la salle n'avait essayé de {verb} {np} avec {tool}, ce qui a rendu la démo mémorable.",
      "Une bonne partie de la complexité vient de {np}, pas de {tool} lui-même.",
      "Le talk s'est terminé par une liste de contrôle pour {verb} {np} en {year}.",
      "Ce qui frappe, c'est à quel point {np} est devenu {adj} une fois {tool} en place.",
      "Ils exploitent {n} clusters et comptent sur {tool} pour {verb} {np} chaque nuit.",
      "Les mainteneurs de {tool} ont détaillé les compromis derrière le {tech}.",
      "S'il ne fallait retenir qu'une chose : {np} mérite autant de soin que {np2}.",
      "La session de live coding montrait {tool} réagir à {np} en temps réel.",
      "Passer de {tool} à {tool2} a pris {n} semaines, surtout à cause de {np}.",
      "Ils ont contribué le {tech} en amont pour que {tool} sache {verb} {np} sans configuration.",
      "Une diapositive résumait tout : un outillage {adj}, des processus {adj2}, et un responsable clair pour {np}.",
      "L'étude de cas de {company} montrait {np} sous une vraie charge.",
      "Les panélistes n'étaient pas d'accord sur {np}, mais tous s'accordent à dire que {tool} est désormais {adj}.",
      "La sécurité est aussi revenue : {tool} sait {verb} {np} et produire un rapport sur {np2}.",
      "L'intervenante a insisté pour tester {np} par des expériences de chaos avant de faire confiance à {tool}.",
      "Leur plateforme cache {tool} derrière {np}, si bien que les développeurs ne voient jamais {np2}.",
      "Le coût est revenu souvent : {np} représentait {pct} % de la facture.",
      "Ils ont publié le code, y compris les scripts pour {verb} {np}.",
      "Les slides et l'enregistrement de la démo valent le détour pour qui travaille sur {np}.",
    ],
    titles: [
      '{Tool} en production : retour d’expérience',
      'Comment {company} exploite {tool} à grande échelle',
      '{n} ans de {tech} : ce que nous avons appris',
      'Plongée dans {tool} et le {tech}',
      'De {tool} à {tool2} : récit d’une migration',
      'Dompter le {tech} avec {tool}',
      'Au-delà du {tech} : les leçons apprises à la dure',
      '{Tool} dans la vraie vie',
      'Construire une plateforme {adj} sur {tool}',
      'Le {tech} sécurisé pour tous',
      'Où en est le {tech} en {year} ?',
      'Ce que {company} a appris en exploitant {n} clusters',
      "L'observabilité du {tech} en pratique",
      'De zéro à {tool} en {n} minutes',
      'Le {tech} sans douleur',
      'Passer {tool} à {n} nœuds',
    ],
    recapTitles: [
      '{conf} {year} : nos notes', '{conf} {year}, ce que nous avons retenu', '{conf} {year}, jour {part}', 'Retour de {conf} {year}',
      '{conf} {year} : les talks qui nous ont plu', '{org} à {conf} {year}',
    ],
    intros: [
      "{org} a envoyé quelques personnes à {conf} {year}. Voici les talks qui ont retenu notre attention, avec nos notes et quelques avis.",
      "Voici notre compte rendu de {conf} {year}. Le programme était bien trop dense pour tout voir : nous nous sommes répartis les salles.",
      "Une nouvelle édition de {conf}, une nouvelle série de notes. Comme d’habitude, nous gardons ce qui peut servir dans nos projets.",
    ],
    keynotesHeading: 'Keynotes',
    conclusionHeading: 'Conclusion',
  },
};
