/** Headless Chromium for browser tests: Debian's build, started the way this machine allows. */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const EXECUTABLE = '/usr/bin/chromium';

/** Whether browser tests can run. In CI a missing browser is a failure, not a skip. */
export function chromiumAvailable(): boolean {
  if (existsSync(EXECUTABLE)) return true;
  if (process.env.CI) throw new Error(`${EXECUTABLE} is missing; .ci/run installs it with apt-get install chromium`);
  return false;
}

/** Starts headless Chromium with no network access beyond what the page asks for. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: EXECUTABLE,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}
