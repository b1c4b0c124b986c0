// Makes sure Debian's Firefox ESR, WebKitGTK's WebDriver (with MiniBrowser) and Xvfb are there for
// the cross-engine scenarios: installs what is missing with apt-get when we are root, otherwise
// stops with the one command to run. Never downloads a browser build.
//   node scripts/ensure-engines.mjs
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const NEEDED = [
  { file: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', pkg: 'firefox-esr' },
  { file: '/usr/bin/WebKitWebDriver', pkg: 'webkit2gtk-driver' },
  { file: process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', pkg: 'webkit2gtk-driver' },
  { file: '/usr/bin/Xvfb', pkg: 'xvfb' },
];

const missing = [...new Set(NEEDED.filter(({ file }) => !existsSync(file)).map(({ pkg }) => pkg))];
if (missing.length > 0) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(`Missing for the cross-engine tests: run "sudo apt-get install -y ${missing.join(' ')}", then npm test again.`);
    process.exit(1);
  }
  console.log(`Installing Debian ${missing.join(', ')} for the cross-engine tests…`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}
