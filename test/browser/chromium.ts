/** Headless Chromium for browser tests: Debian's build, started the way this machine allows. */
import { existsSync } from 'node:fs';
import axe from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright-core';

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

/** What axe-core finds on an open page (opened with `bypassCSP`, since axe is injected inline), as `rule: targets` lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axe.source });
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document);
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}
