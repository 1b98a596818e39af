import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../../site/data.ts';
import { recapsFeed } from '../../../site/feed.ts';

export const getStaticPaths: GetStaticPaths = async () => (await siteData()).series.map((s) => ({ params: { series: s.id } }));

export const GET: APIRoute = (context) => recapsFeed(context.site!, context.params.series);
