import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { childEnv } from './child-env.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** A free port on the loopback, for a server of this process. */
async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Polls `url` every `every` ms until `accept` says yes, or fails after `ms` with what the page
 * last said. Gently: a server asked for the page twenty times a second was seen to miss edits.
 */
export async function waitFor(url: string, accept: (status: number, body: string) => boolean, ms = 90_000, every = 200): Promise<{ status: number; body: string; after: number }> {
  const started = performance.now();
  let last = { status: 0, body: '' };
  while (performance.now() - started < ms) {
    try {
      const response = await fetch(url);
      last = { status: response.status, body: await response.text() };
      if (accept(last.status, last.body)) return { ...last, after: performance.now() - started };
    } catch {
      // The server is not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, every));
  }
  throw new Error(`${url} did not come as expected within ${ms} ms; last answer ${last.status}: ${last.body.slice(0, 400)}`);
}

export interface DevServer {
  url: string;
  /** Everything the server printed so far. */
  output(): string;
  stop(): void;
}

/**
 * `astro dev` on a content folder, ready once `firstPath` answers 200. Beside any dev server the
 * writer already runs (--ignore-lock), never in its place, and never sent to the background.
 */
export async function startDev(content: string, firstPath: string, env: Record<string, string> = {}): Promise<DevServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const child: ChildProcess = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1', '--ignore-lock'], {
    cwd: ROOT,
    env: childEnv({ CONFNOTES_CONTENT: content, ...env }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  try {
    await waitFor(url + firstPath.replace(/^\//, ''), (status) => status === 200, 180_000);
  } catch (error) {
    child.kill();
    throw new Error(`astro dev did not serve ${firstPath}:\n${output.slice(-2000)}\n${(error as Error).message}`);
  }
  return { url, output: () => output, stop: () => void child.kill() };
}
