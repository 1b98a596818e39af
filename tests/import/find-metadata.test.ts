import { describe, expect, it } from 'vitest';
import { addToConferences } from '../../src/import/conferences-file.ts';
import { detectLang } from '../../src/import/detect-lang.ts';
import { creditsInHeading, creditsInNotes, creditsOfLine } from '../../src/import/find-speakers.ts';
import { guessConference } from '../../src/import/guess-conference.ts';
import { byline } from '../../src/import/meta-from-text.ts';
import { looksLikeHeading } from '../../src/import/read-text.ts';

describe('speakers as posts write them', () => {
  it('reads them after a heading title, keeping companies apart from job titles', () => {
    expect(creditsInHeading('Closing Remarks – Bryan Liles, Senior Staff Engineer, VMware & Janet Kuo, Software Engineer, Google')).toEqual({
      title: 'Closing Remarks',
      credits: [{ name: 'Bryan Liles', company: 'VMware' }, { name: 'Janet Kuo', company: 'Google' }],
    });
    expect(creditsInHeading('Scaling Argo, by Jane Doe (Acme Corp)')).toEqual({ title: 'Scaling Argo', credits: [{ name: 'Jane Doe', company: 'Acme Corp' }] });
    expect(creditsInHeading('Eliminating toil (Jane Doe & John Smith, Acme)').credits).toEqual([{ name: 'Jane Doe', company: 'Acme' }, { name: 'John Smith', company: 'Acme' }]);
  });

  it('leaves a title alone when what follows its dash is not a person', () => {
    expect(creditsInHeading('Kubernetes – Don’t Stop Believin’')).toEqual({ title: 'Kubernetes – Don’t Stop Believin’', credits: [] });
    expect(creditsInHeading('Chaos Engineering Journey - Injecting harms').credits).toEqual([]);
    expect(creditsInHeading('Helm 3 (incubating)').credits).toEqual([]);
  });

  it('reads a speakers line in each of its forms', () => {
    expect(creditsOfLine('Jane Doe - Staff Engineer Google; John Smith, CTO, Acme & Ada Lovelace (Babbage Inc)')).toEqual([
      { name: 'Jane Doe', company: 'Google' },
      { name: 'John Smith', company: 'Acme' },
      { name: 'Ada Lovelace', company: 'Babbage Inc' },
    ]);
    expect(creditsOfLine('Juliette Audema, Angélique Jard et Hugo Lassiège')).toEqual([{ name: 'Juliette Audema' }, { name: 'Angélique Jard' }, { name: 'Hugo Lassiège' }]);
  });

  it('reads them in the first sentences, in French and English', () => {
    expect(creditsInNotes('Une conférence donnée par Laurent Bernaille et Mayeul Blanzat de chez Datadog qui ont fait un retour.')).toEqual([
      { name: 'Laurent Bernaille', company: 'Datadog' },
      { name: 'Mayeul Blanzat', company: 'Datadog' },
    ]);
    expect(creditsInNotes('La conférence a été donnée par Julie Hourcade, Ingénieure Devops chez Formance. Les secrets...')).toEqual([{ name: 'Julie Hourcade', company: 'Formance' }]);
    expect(creditsInNotes('Le contexte. Sami Farhat de Back Market a présenté leur utilisation de Backstage.')).toEqual([{ name: 'Sami Farhat', company: 'Back Market' }]);
    expect(creditsInNotes('In this talk, Jane Doe from Acme and John Smith (Globex) explained how...')).toEqual([{ name: 'Jane Doe', company: 'Acme' }, { name: 'John Smith', company: 'Globex' }]);
    expect(creditsInNotes('“How attackers use exposed Prometheus Server” (vidéo) par David de Torres et Miguel Hernandez, ou...')).toEqual([{ name: 'David de Torres' }, { name: 'Miguel Hernandez' }]);
  });

  it('finds no speaker in prose that names none', () => {
    expect(creditsInNotes('Kubernetes Community Days France a eu lieu au Centre Pompidou. La Conférence était pleine.')).toEqual([]);
  });
});

describe('the post around the talks', () => {
  it('tells title lines of plain text from sentences, quotations and bylines', () => {
    expect(looksLikeHeading('A case for a developer portal')).toBe(true);
    expect(looksLikeHeading('10. OpenTelemetry, JavaScript et tracing distribué : Un jour, j’irai vivre en Théorie, car en Théorie tout se passe bien')).toBe(true);
    expect(looksLikeHeading('Les containers ne devraient jamais se lancer en tant que root.')).toBe(false);
    expect(looksLikeHeading('"With great GitOps power…"')).toBe(false);
    expect(looksLikeHeading('Comme le disait Tom Wilkie lors de la présentation “The research is a UI problem now”')).toBe(false);
    expect(looksLikeHeading('Rédigé par Katia HIMEUR le 10/03/2023')).toBe(false);
    expect(looksLikeHeading('buildkit')).toBe(false);
  });

  it('reads authors and date from bylines', () => {
    expect(byline('Rédigé par Mohamed Reda LARBI YOUCEF, Didier NANDIEGOU & Katia HIMEUR le 10/03/2023')).toEqual({
      authors: ['Mohamed Reda LARBI YOUCEF', 'Didier NANDIEGOU', 'Katia HIMEUR'],
      date: '2023-03-10',
    });
    expect(byline('Posted by Tom Hughes on May 27, 2019')).toEqual({ authors: ['Tom Hughes'], date: '2019-05-27' });
  });

  it('detects French and English by their common words', () => {
    expect(detectLang('Nous avons assisté à une conférence sur le déploiement progressif avec Argo CD.')).toBe('fr');
    expect(detectLang('We went to a talk about progressive delivery with Argo CD and it was great.')).toBe('en');
  });
});

describe('the conference of a post', () => {
  const series = [{ id: 'kubecon-eu', name: 'KubeCon + CloudNativeCon Europe', shortName: 'KubeCon EU' }];
  const editions = [{ id: 'kubecon-eu-2019', series: 'kubecon-eu', year: 2019, city: 'Barcelona', country: 'Spain', start: '2019-05-20', end: '2019-05-23' }];

  it('is matched to conferences.yaml from the title, whatever the spelling', () => {
    expect(guessConference({ title: 'KubeCon + CloudNativeCon EU 2019 – Day 3', keywords: [], text: 'KCCNC EU 2018', series, editions })?.edition).toBe('kubecon-eu-2019');
  });

  it('takes the region of a bare KubeCon from its city, and adds the edition with the city the post names', () => {
    const guess = guessConference({ title: 'Our week at KubeCon 2023', keywords: [], text: 'Chicago was cold.', series, editions })!;
    expect(guess.edition).toBe('kubecon-na-2023');
    expect(guess.newSeries).toEqual({ id: 'kubecon-na', name: 'KubeCon + CloudNativeCon North America', shortName: 'KubeCon NA' });
    expect(guess.newEdition).toMatchObject({ city: 'Chicago', country: 'United States', start: '2023-01-01', review: ['edition dates guessed from the year 2023'] });
  });

  it('is added to conferences.yaml once, comments kept', () => {
    const file = '# Our conferences\nseries:\n  - id: kubecon-eu # the big one\n    name: KubeCon + CloudNativeCon Europe\n    shortName: KubeCon EU\neditions: []\n';
    const edition = { id: 'kubecon-eu-2024', series: 'kubecon-eu', year: 2024, city: 'Paris', country: 'France', start: '2024-01-01', end: '2024-01-01' };
    const once = addToConferences(file, undefined, edition);
    expect(once).toContain('# Our conferences');
    expect(once).toContain('# the big one');
    expect(once).toContain('id: kubecon-eu-2024');
    expect(addToConferences(once, undefined, edition)).toBe(once);
  });
});
