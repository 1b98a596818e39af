import { siteConfig } from '../config.ts';

/**
 * Long lists split into static pages of a fixed size, so that no page grows with the content
 * (at 10,000 talks, one list of every talk weighed 5 MB). Page 1 is the list's own URL, the
 * others `<list>page/<n>/` (urls.listPage).
 */
export const PAGE_SIZE = { talks: siteConfig.listPageSize, recaps: siteConfig.listPageSize, speakers: siteConfig.listPageSize * 4 } as const;

export interface ListPage<T> {
  items: T[];
  /** 1-based. */
  page: number;
  pages: number;
}

/** Every page of a list; an empty list is one empty page. */
export function paginate<T>(items: readonly T[], size: number): ListPage<T>[] {
  const pages = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: pages }, (_, i) => ({ items: items.slice(i * size, (i + 1) * size), page: i + 1, pages }));
}

/** The static paths of a list's pages after the first, with the params of the list itself. */
export function laterPages<T, P extends Record<string, string>>(items: readonly T[], size: number, params: P, props: Record<string, unknown> = {}) {
  return paginate(items, size).slice(1).map((listPage) => ({ params: { ...params, n: String(listPage.page) }, props: { ...props, listPage } }));
}
