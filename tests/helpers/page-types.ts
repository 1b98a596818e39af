import { loadValidContent } from '../../src/parse/load-content.ts';
import { urls } from '../../src/urls.ts';

const { content } = loadValidContent();
/** A talk of the shipped content covered by two recaps, with a video. */
export const datadog = content.talks.find((t) => t.otherTitles.some((o) => o.startsWith('Building Container Images')))!;

/** One page of each type of the site built from content/, for checks that must hold on every type. */
export const pageTypes: [string, string][] = [
  ['home', '/'],
  ['talks list', urls.talks()],
  ['talk', urls.talk(datadog.id)],
  ['speakers list', urls.speakers()],
  ['speaker', urls.speaker('tom-wilkie')],
  ['tools list', urls.tools()],
  ['tool', urls.tool('kubernetes')],
  ['CNCF index', urls.projects()],
  ['CNCF project and its tool', urls.tool('cilium')],
  ['CNCF project grouping its tools', urls.project('carvel')],
  ['conferences', urls.conferences()],
  ['series', urls.series('kubecon-eu')],
  ['edition', urls.edition('kubecon-eu', 2019)],
  ['year', urls.year(2019)],
  ['recaps list', urls.recaps()],
  ['recap', urls.recap('kubecon-eu-2019-octo')],
  ['search', `${urls.search()}?q=argo`],
  ['404', '/no-such-page/'],
];
