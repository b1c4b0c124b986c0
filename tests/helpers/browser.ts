// How the tests start Debian's Chromium: never a downloaded build, and none of the background
// services that would try to reach the network. The Playwright suite runs Debian's headless shell
// (`chromium-headless-shell`: the same Chromium release and Blink, without the browser's windowing
// and interface), as Playwright itself runs headless Chromium, and does the suite's work in much less
// time (the README's "Set up" has the figures). The cross-engine scenarios run the whole browser,
// `chromium`, as readers have it.
import type { LaunchOptions } from '@playwright/test';

/** The whole browser: the cross-engine scenarios and the benches. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The headless shell: the Playwright suite. */
export const CHROMIUM_SHELL_PATH = process.env.CHROMIUM_SHELL_PATH ?? '/usr/bin/chromium-headless-shell';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export const CHROMIUM_LAUNCH: LaunchOptions = { executablePath: CHROMIUM_PATH, args: ARGS };

export const CHROMIUM_SHELL_LAUNCH: LaunchOptions = { executablePath: CHROMIUM_SHELL_PATH, args: ARGS };
