// Finds the Chromium the tests and scripts drive: CHROME_PATH, else Debian's /usr/bin/chromium.
import fs from 'node:fs';

export const CHROMIUM_ARGS = [
  '--no-sandbox', // required when running as root (CI)
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking', // the machine's closed network refuses Chromium's own connections
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumPath() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  return candidates.find((p) => fs.existsSync(p));
}

/** Launch headless Chromium through playwright-core (no browser download). */
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error("No Chromium found: set CHROME_PATH or install Debian's chromium (apt-get install chromium).");
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}
