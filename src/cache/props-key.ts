import { digest } from './tracked-site.ts';

/**
 * A page route's static paths, each with the digest of its props as Astro's `cacheKey`: the
 * page cache (page-cache.ts) tells from the path list alone, before anything renders, whether a
 * page's props changed. A dynamic route without it is rendered every build.
 */
export const keyedByProps = <T extends { props?: unknown }>(paths: readonly T[]): (T & { cacheKey: string })[] =>
  paths.map((path) => ({ ...path, cacheKey: propsKey(path.props) }));

/** The key of a page's props; a route without static paths has none, as Astro gives it `{}`. */
export const propsKey = (props: unknown = {}): string => digest(props);
