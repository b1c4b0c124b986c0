// Makes sure Debian's Chromium is there for the browser tests: the headless shell the Playwright
// suite runs and the whole browser the cross-engine scenarios and the benches run (one release, two
// packages). Installs what is missing with apt-get when we are root, otherwise stops with the one
// command to run. Never downloads a browser build.
//   node scripts/ensure-chromium.mjs
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const NEEDED = [
  { path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', pkg: 'chromium' },
  { path: process.env.CHROMIUM_SHELL_PATH ?? '/usr/bin/chromium-headless-shell', pkg: 'chromium-headless-shell' },
];

const missing = NEEDED.filter(({ path }) => !existsSync(path)).map(({ pkg }) => pkg);
if (missing.length > 0) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(`Missing for the browser tests: ${missing.join(', ')}. Run "sudo apt-get install -y ${missing.join(' ')}", then npm test again.`);
    process.exit(1);
  }
  console.log(`Installing Debian's ${missing.join(' and ')} for the browser tests…`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}
