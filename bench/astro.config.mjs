// @ts-check
// The project's own config, with Astro's and Vite's caches moved into the bench run's folder
// (CONFNOTES_BENCH_CACHE): every bench build starts cold, and never touches the caches of
// someone building in the project at the same time.
import config from '../astro.config.mjs';

const cache = process.env.CONFNOTES_BENCH_CACHE;

export default cache ? { ...config, cacheDir: `${cache}/astro`, vite: { ...config.vite, cacheDir: `${cache}/vite` } } : config;
