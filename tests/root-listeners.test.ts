// The React root is created without wheel and touch-move listeners (src/kit/startup/rootListeners.ts),
// so a scroll on a slow phone never waits for the main thread: with such a listener the browser
// holds each scroll until the page's scripts have seen its event (about a second of a slowed phone's
// main thread over the whole story). Nor does it listen to the pointer's comings and goings, which
// a tap fires six of before its click. So no component may rely on them.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withoutUnhandledListeners } from '../src/kit/startup/rootListeners.ts';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

describe('the root’s listeners', () => {
  it('leaves out wheel, touchmove and the pointer’s comings and goings while the root is created, and only then', () => {
    const added: string[] = [];
    // Like an element: the method lives on the prototype.
    class FakeElement {
      addEventListener(type: string) {
        added.push(type);
      }
    }
    const container = new FakeElement() as unknown as Element;
    const created = withoutUnhandledListeners(container, () => {
      for (const type of ['click', 'wheel', 'touchstart', 'touchmove', 'pointerover', 'pointerdown', 'mousemove', 'mouseout', 'gotpointercapture', 'keydown']) container.addEventListener(type, () => undefined);
      return 'root';
    });
    expect(created).toBe('root');
    expect(added).toEqual(['click', 'touchstart', 'pointerdown', 'keydown']);
    container.addEventListener('wheel', () => undefined);
    expect(added.at(-1)).toBe('wheel');
  });

  it('is not needed by any component: none handles wheel, touch-move, hover, pointer-move or pointer-capture events', () => {
    const handlers = sourceFiles('src').filter((file) => /\bon(Wheel|TouchMove|(Mouse|Pointer)(Over|Out|Move|Enter|Leave)|(Got|Lost)PointerCapture)(Capture)?\b/.test(readFileSync(file, 'utf8')));
    expect(handlers).toEqual([]);
  });
});
