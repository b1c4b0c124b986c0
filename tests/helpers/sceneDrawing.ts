// In-page readings of what a scene draws, for the pictures tests: each function runs inside the page
// (page.evaluate), so it imports nothing and takes its one argument as plain data.
//   const state = await page.evaluate(drawnState, 'meeting');
//   const problems = await page.evaluate(sceneTextProblems, 'reactions');


/**
 * Everything the scene's artwork shows, as a string: each element seen (its own opacity and its
 * ancestors' above 5 %), with its place and size on screen in 4-pixel steps, its shape and its words.
 * Two steps that draw the same picture give the same string.
 */
export function drawnState(scene: string): string {
  const root = document.querySelector(`[data-scene="${scene}"] [aria-hidden="true"]`);
  if (!root) throw new Error(`no artwork in the ${scene} scene`);
  const seen = (element: Element): number => {
    let opacity = 1;
    for (let node: Element | null = element; node && node !== root.parentElement; node = node.parentElement) {
      opacity *= Number(getComputedStyle(node).opacity);
    }
    return opacity;
  };
  const step = (value: number) => Math.round(value / 4);
  return [...root.querySelectorAll('*')]
    .filter((element) => seen(element) > 0.05)
    .map((element) => {
      const box = element.getBoundingClientRect();
      const ownWords = [...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join('');
      return [element.tagName, step(box.x), step(box.y), step(box.width), step(box.height), Math.round(seen(element) * 10), element.getAttribute('d') ?? '', ownWords].join(' ');
    })
    .join('\n');
}

/**
 * What is wrong with the words in the scene's artwork and caption: a line partly covered by something drawn over
 * it (wholly covered is out of view, and fine), two lines in view overlapping, a line in view under
 * the step buttons or the link to the other edition, or a line in view that runs outside the scene's frame (the stage, or
 * the scene itself) and is clipped. Empty when all is well.
 */
export function sceneTextProblems(scene: string): string[] {
  const sceneElement = document.querySelector(`[data-scene="${scene}"]`);
  const root = sceneElement?.querySelector('[aria-hidden="true"]');
  if (!sceneElement || !root) throw new Error(`no artwork in the ${scene} scene`);
  const frameElement = root.querySelector('.stage') ?? sceneElement;
  const frame = frameElement.getBoundingClientRect();
  const seen = (element: Element): boolean => {
    for (let node: Element | null = element; node && node !== sceneElement; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (Number(style.opacity) < 0.05 || style.visibility === 'hidden' || style.display === 'none') return false;
    }
    return true;
  };
  interface Line { words: string; box: DOMRect; }
  const lines: Line[] = [];
  const problems: string[] = [];
  // The artwork's words, and the caption's under it: a drawing that grows into its caption is cut too.
  const caption = sceneElement.querySelector('.scene__caption');
  const textNodes = [root, ...(caption ? [caption] : [])].flatMap((part) => {
    const found: Node[] = [];
    const walker = document.createTreeWalker(part, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) found.push(node);
    return found;
  });
  for (const node of textNodes) {
    const words = (node.textContent ?? '').trim();
    const parent = node.parentElement;
    if (!words || !parent || !seen(parent)) continue;
    const isDrawing = parent.closest('svg') !== null;
    // An svg text is one box; an HTML text is a box per line, and its own card must be what shows there.
    const range = document.createRange();
    range.selectNodeContents(node);
    const boxes = isDrawing ? [parent.getBoundingClientRect()] : [...range.getClientRects()].filter((box) => box.width > 1);
    if (!isDrawing) {
      // Only what is on screen can be hit: a line scrolled off with its picture is no one's cover.
      const onScreen = boxes.filter((box) => box.top >= 0 && box.bottom <= window.innerHeight);
      const shown = onScreen.map((box) => {
        // The topmost thing drawn there (a faded-out card is still hit, but shows nothing).
        const hit = document.elementsFromPoint(box.x + box.width / 2, box.y + box.height / 2).find(seen);
        return hit !== undefined && (parent.contains(hit) || hit.contains(parent));
      });
      if (shown.length > 0 && shown.every((isShown) => !isShown)) continue;
      if (!shown.every(Boolean)) problems.push(`partly covered: "${words.slice(0, 40)}"`);
    }
    for (const box of boxes) lines.push({ words, box });
  }
  // A line wholly outside the frame is out of view (the rescue's camera leaves the upper floors' labels
  // above it); one that crosses the frame's edge is cut.
  const inView = lines.filter(({ box }) => box.right > frame.left && box.left < frame.right && box.bottom > frame.top && box.top < frame.bottom);
  for (const line of inView) {
    const { box } = line;
    if (box.left < frame.left - 1 || box.right > frame.right + 1 || box.top < frame.top - 1 || box.bottom > frame.bottom + 1) {
      problems.push(`clipped by the frame: "${line.words.slice(0, 40)}"`);
    }
  }
  // The step buttons and the link to the other edition, drawn over the picture on a phone, cover it
  // too: no line in view may run under them.
  const graphic = sceneElement.closest('.scrolly__graphic') ?? sceneElement;
  const controls = [...graphic.querySelectorAll('.step-nav__button, .step-nav .edition-links__link')].filter(seen).map((control) => ({
    name: control.matches('.step-nav__button') ? 'a step button' : 'the edition link',
    box: control.getBoundingClientRect(),
  }));
  for (const line of inView) {
    for (const control of controls) {
      const across = Math.min(line.box.right, control.box.right) - Math.max(line.box.left, control.box.left);
      const down = Math.min(line.box.bottom, control.box.bottom) - Math.max(line.box.top, control.box.top);
      if (across > 1 && down > 1) problems.push(`under ${control.name}: "${line.words.slice(0, 40)}"`);
    }
  }
  inView.forEach((a, index) => {
    for (const b of inView.slice(index + 1)) {
      if (a.words === b.words) continue;
      const across = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
      const down = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
      if (across > 1 && down > 1) problems.push(`overlap: "${a.words.slice(0, 30)}" and "${b.words.slice(0, 30)}"`);
    }
  });
  return problems;
}

