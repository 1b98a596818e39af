/**
 * Every internal URL of the site, in one place: pages, links in notes and the search index
 * agree on them. Clean URLs with a trailing slash.
 */
export const urls = {
  home: () => '/',
  talks: () => '/talks/',
  talk: (talkId: string) => `/talks/${talkId}/`,
  speakers: () => '/speakers/',
  speaker: (id: string) => `/speakers/${id}/`,
  tools: () => '/tools/',
  tool: (id: string) => `/tools/${id}/`,
  projects: () => '/cncf/',
  project: (id: string) => `/cncf/${id}/`,
  conferences: () => '/conferences/',
  series: (id: string) => `/conferences/${id}/`,
  edition: (seriesId: string, year: number) => `/conferences/${seriesId}/${year}/`,
  year: (year: number) => `/years/${year}/`,
  recaps: () => '/recaps/',
  recap: (id: string) => `/recaps/${id}/`,
  search: () => '/search/',
  /** Page n of a long list split into pages (a list URL from above): the first is the list itself. */
  listPage: (list: string, n: number) => (n === 1 ? list : `${list}page/${n}/`),
};
