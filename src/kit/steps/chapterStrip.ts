// Keeps the reader's chapter in sight in the bar of chapters when the story has more chapters than
// the bar has room for: the list of lines then scrolls sideways within the bar (place.css), never the
// page, and this turns it to the chapter the reader is in. Its geometry is read when the list is laid
// out (a ResizeObserver's callback, after layout), so a chapter change on a scroll frame only writes.
//   const strip = followStrip(listElement); strip.show(3); … strip.stop();
export interface ChapterStrip {
  /** Brings the chapter at `index` to the middle of the strip, if the strip scrolls; -1 for none. */
  show(index: number): void;
  stop(): void;
}

interface StripGeometry {
  /** Whether the lines overflow the strip, which then scrolls. */
  overflows: boolean;
  /** From one chapter's line to the next, and the strip's visible width, in CSS pixels. */
  pitch: number;
  width: number;
}

export function followStrip(list: HTMLElement): ChapterStrip {
  let geometry: StripGeometry | undefined;
  let wanted = -1;
  const turn = () => {
    if (!geometry?.overflows) return;
    const left = wanted < 0 ? 0 : wanted * geometry.pitch - (geometry.width - geometry.pitch) / 2;
    list.scrollLeft = Math.max(0, left);
  };
  const observer = new ResizeObserver(() => {
    const [first, second] = list.children;
    geometry = {
      overflows: list.scrollWidth > list.clientWidth + 1,
      pitch: first instanceof HTMLElement && second instanceof HTMLElement ? second.offsetLeft - first.offsetLeft : 0,
      width: list.clientWidth,
    };
    turn();
  });
  observer.observe(list);
  return {
    show(index) {
      wanted = index;
      turn();
    },
    stop: () => observer.disconnect(),
  };
}
