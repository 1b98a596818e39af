import { afterEach, describe, expect, it } from 'vitest';
import { finishRenderedPages, planPages, receiveRenderedPages, startPage } from '../../src/integrations/rendered-pages.ts';

afterEach(() => finishRenderedPages());

/** A sink that notes what it was given, and lets each page be taken at once. */
function noting() {
  const got: string[] = [];
  receiveRenderedPages(async (file, html) => {
    got.push(`${file} ${html}`);
  });
  return got;
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('pages handed to the search index', () => {
  it('arrive in the order of the build\'s paths, whatever order they finish in', async () => {
    const got = noting();
    planPages(['/a/', '/b/', '/c/', '/d/'].map((file) => ({ file })));
    const [a, b, c, d] = ['/a/', '/b/', '/c/', '/d/'].map((file) => startPage(file)!);
    c('C');
    b('B');
    await settled();
    expect(got).toEqual([]);
    a('A');
    await settled();
    expect(got).toEqual(['/a/ A', '/b/ B', '/c/ C']);
    d('D');
    await finishRenderedPages();
    expect(got).toEqual(['/a/ A', '/b/ B', '/c/ C', '/d/ D']);
  });

  it('take a page reused from the last build in its turn, read only then', async () => {
    const got = noting();
    const read: string[] = [];
    const reused = (file: string) => () => (read.push(file), `${file.toUpperCase()}`);
    planPages([{ file: '/a/', reused: reused('/a/') }, { file: '/b/' }, { file: '/c/', reused: reused('/c/') }]);
    await settled();
    expect(got).toEqual(['/a/ /A/']);
    expect(read).toEqual(['/a/']);
    startPage('/b/')!('B');
    await finishRenderedPages();
    expect(got).toEqual(['/a/ /A/', '/b/ B', '/c/ /C/']);
  });

  it('do not wait for a path that was not a page, failed, or that Astro never rendered', async () => {
    const got = noting();
    planPages([{ file: '/rss.xml' }, { file: '/page/' }, { file: '/duplicate/' }, { file: '/last/' }]);
    const page = startPage('/page/')!;
    page('P');
    startPage('/rss.xml')!();
    // A second call (the middleware's `finally`) changes nothing.
    page();
    startPage('/last/')!('L');
    await finishRenderedPages();
    expect(got).toEqual(['/page/ P', '/last/ L']);
  });

  it('wait for the sink to take each page before handing over many more', async () => {
    let taken = 0;
    const waiting: (() => void)[] = [];
    receiveRenderedPages(() => new Promise<void>((resolve) => waiting.push(() => (taken++, resolve()))));
    planPages(Array.from({ length: 100 }, (_, i) => ({ file: `/${i}/`, reused: () => 'x' })));
    await settled();
    expect(waiting.length).toBeLessThan(100);
    expect(waiting.length).toBeGreaterThan(0);
    while (taken < 100) {
      waiting.splice(0).forEach((take) => take());
      await settled();
    }
    await finishRenderedPages();
    expect(taken).toBe(100);
  });

  it('go nowhere when no build receives them (astro dev)', () => {
    expect(startPage('/a/')).toBeUndefined();
  });
});
