import { afterEach, describe, expect, it } from 'vitest';
import { receiveRenderedPages, startPage } from '../../src/integrations/rendered-pages.ts';

afterEach(() => receiveRenderedPages(undefined));

describe('pages handed to the search index', () => {
  it('arrive in the order Astro started them, whatever order they finish in', () => {
    const got: string[] = [];
    receiveRenderedPages((pathname) => got.push(pathname));
    const [a, b, c, d] = [startPage()!, startPage()!, startPage()!, startPage()!];
    c({ pathname: '/c/', html: '' });
    b({ pathname: '/b/', html: '' });
    expect(got).toEqual([]);
    a({ pathname: '/a/', html: '' });
    expect(got).toEqual(['/a/', '/b/', '/c/']);
    d({ pathname: '/d/', html: '' });
    expect(got).toEqual(['/a/', '/b/', '/c/', '/d/']);
  });

  it('do not wait for a started request that was not a page, or failed', () => {
    const got: string[] = [];
    receiveRenderedPages((pathname) => got.push(pathname));
    const [endpoint, page] = [startPage()!, startPage()!];
    page({ pathname: '/page/', html: '' });
    endpoint();
    // A second call (the middleware's `finally`) changes nothing.
    page();
    expect(got).toEqual(['/page/']);
  });

  it('go nowhere when no build receives them (astro dev)', () => {
    expect(startPage()).toBeUndefined();
  });
});
