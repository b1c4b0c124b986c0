// The processes WebKit needs here: a virtual X display (Xvfb) and WebKitWebDriver, each in its own
// process group so that stopping it also stops every MiniBrowser it started.
//   const display = await startXvfb(); const driver = await startWebKitDriver(display, configDir);
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export interface Started {
  stop: () => void;
}

function stopGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

/** Starts Xvfb on a free display (it picks one and writes its number to fd 3). */
export async function startXvfb(): Promise<Started & { display: string }> {
  const child = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1400x1000x24', '-nolisten', 'tcp'], {
    detached: true,
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  const display = await new Promise<string>((resolve, reject) => {
    let text = '';
    child.stdio[3]?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes('\n')) resolve(`:${text.trim()}`);
    });
    child.once('error', (error) => reject(new Error(`Xvfb did not start (apt-get install xvfb): ${error.message}`)));
    child.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
  });
  return { display, stop: () => stopGroup(child) };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

/** Starts WebKitWebDriver on a free port, its browsers on `display` with GTK settings from `configDir`. */
export async function startWebKitDriver(display: string, configDir: string): Promise<Started & { url: string }> {
  const port = await freePort();
  const child = spawn('WebKitWebDriver', [`--port=${port}`], {
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, DISPLAY: display, XDG_CONFIG_HOME: configDir },
  });
  const url = `http://127.0.0.1:${port}`;
  const failed = new Promise<never>((_, reject) => {
    child.once('error', (error) => reject(new Error(`WebKitWebDriver did not start (apt-get install webkit2gtk-driver): ${error.message}`)));
  });
  const deadline = Date.now() + 10_000;
  for (;;) {
    const isUp = await Promise.race([
      fetch(`${url}/status`).then(
        (response) => response.ok,
        () => false,
      ),
      failed,
    ]);
    if (isUp) break;
    if (Date.now() > deadline) throw new Error('WebKitWebDriver did not answer within 10 s');
    // The polling interval: the driver gives no sign of being up but answering its status request.
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url, stop: () => stopGroup(child) };
}
