import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

// Flags that keep Chromium from reaching hosts this network refuses, and let it run as root.
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * A real Chromium: CHROMIUM_PATH, else Debian's /usr/bin/chromium, else the one shipped inside
 * the @sparticuz/chromium package (installed by npm install). Never skips: a missing browser
 * is an error that says how to get one.
 */
export async function launchChromium(): Promise<Browser> {
  const explicit = process.env.CHROMIUM_PATH;
  if (explicit && !existsSync(explicit)) throw new Error(`CHROMIUM_PATH=${explicit} does not exist`);
  for (const path of [explicit, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[]) {
    if (existsSync(path)) return chromium.launch({ executablePath: path, args: QUIET_FLAGS, headless: true });
  }
  try {
    const { default: packaged } = await import('@sparticuz/chromium');
    const executablePath = await packaged.executablePath();
    return await chromium.launch({ executablePath, args: [...packaged.args, ...QUIET_FLAGS], headless: true });
  } catch (error) {
    throw new Error(
      'No Chromium found for the browser tests. Run `npm install` (it installs @sparticuz/chromium), ' +
        'or `apt-get install chromium`, or set CHROMIUM_PATH to a Chromium binary.\n' +
        `Cause: ${(error as Error).message}`,
    );
  }
}
