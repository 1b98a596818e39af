import { describe, expect, it } from 'vitest';
import { filterCounter, pageFilters } from '../../src/search/filter-counts.ts';

describe('filter counts written with the index', () => {
  it('reads each filter value of a page once, with HTML entities decoded', () => {
    const html = '<main data-pagefind-body><span data-pagefind-filter="tool:Argo CD"></span><span data-pagefind-filter="tool:Argo CD"></span><span data-pagefind-filter="series:KCD &amp; co: Paris"></span></main>';
    expect(pageFilters(html)).toEqual([['tool', 'Argo CD'], ['series', 'KCD & co: Paris']]);
  });

  it('counts the pages that carry each value', () => {
    const counter = filterCounter();
    counter.add(pageFilters('<span data-pagefind-filter="type:Talk"></span><span data-pagefind-filter="year:2019"></span>'));
    counter.add(pageFilters('<span data-pagefind-filter="type:Talk"></span><span data-pagefind-filter="year:2023"></span>'));
    counter.add(pageFilters('<span data-pagefind-filter="type:Tool"></span>'));
    expect(counter.counts()).toEqual({ type: { Talk: 2, Tool: 1 }, year: { 2019: 1, 2023: 1 } });
  });
});
