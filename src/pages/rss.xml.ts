import type { APIRoute } from 'astro';
import { recapsFeed } from '../site/feed.ts';

export const GET: APIRoute = (context) => recapsFeed(context.site!);
