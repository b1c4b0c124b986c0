// Publishers' pages of the kinds CMSs make, for the story served on another origin: a pym.js page
// (the real pym.js from npm, served by the host), a WordPress post embed (its iframe as WordPress
// rewrites it, and a listener that behaves as wp-embed.js does), a page with the oEmbed answer's
// html pasted in, and sandboxed frames. Each page records what it hears in `window.hostLog`.
//   host.url({ kind: 'pym', trackscroll: true })

export type HostPageOptions =
  | { kind: 'pym'; trackscroll: boolean; subscribe?: boolean; hash?: string }
  | { kind: 'wordpress'; secret: string; hash?: string }
  | { kind: 'markup'; html: string }
  | { kind: 'sandboxed'; sandbox: string; hash?: string };

const FILLER = '<p>The publisher’s own article text runs here, above and below the embedded story.</p>'.repeat(6);
/** Where the host server serves the pym.js package's own build. */
export const PYM_SCRIPT_PATH = '/pym.v1.min.js';

function shell(body: string, head: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
${head}<title>Host page</title><style>body{margin:0;font:17px/1.5 Georgia,serif}main{max-width:900px;margin:0 auto;padding:0 12px}</style></head>
<body><main><h1>Host page</h1>${FILLER}${body}${FILLER}</main><script>window.hostLog = window.hostLog || [];</script></body></html>`;
}

function pymPage(storyOrigin: string, { trackscroll, subscribe, hash = '' }: { trackscroll: boolean; subscribe?: boolean; hash?: string }, head: string): string {
  // As a CMS writes it: pym's Parent builds the iframe inside the container.
  const events = subscribe
    ? `story.onMessage('story-ready', function () { story.sendMessage('story-events', 'subscribe'); });
       story.onMessage('story-event', function (json) { hostLog.push(JSON.parse(json)); });`
    : '';
  return shell(
    `<div id="story-embed"></div><script src="${PYM_SCRIPT_PATH}"></script>
<script>window.hostLog = []; var story = new pym.Parent('story-embed', ${JSON.stringify(`${storyOrigin}/?embed${hash}`)}, { title: 'The story', trackscroll: ${trackscroll} });
story.onMessage('navigateTo', function (url) { hostLog.push({ navigateTo: url }); });
${events}</script>`,
    head,
  );
}

/**
 * WordPress's post embed for an untrusted provider: the iframe alone, sandboxed, with a secret in
 * its address and attribute, hidden until the frame first speaks. The listener below does what
 * wp-embed.js does (written for this test from its behaviour): it takes `{ message, value, secret }`
 * only from the frame with that secret, shows the frame, and sets its height clamped to 200–1000.
 */
function wordpressPage(storyOrigin: string, { secret, hash = '' }: { secret: string; hash?: string }, head: string): string {
  const src = `${storyOrigin}/?embed${hash}#?secret=${secret}`;
  const frame = `<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" style="position:absolute;clip:rect(1px,1px,1px,1px)" title="The story" src="${src}" data-secret="${secret}" width="700" height="600" frameborder="0" marginwidth="0" marginheight="0" scrolling="no"></iframe>`;
  const listener = `<script>
window.hostLog = [];
window.addEventListener('message', function (event) {
  var data = event.data;
  if (!data || typeof data !== 'object' || typeof data.secret !== 'string' || /[^a-zA-Z0-9]/.test(data.secret)) return;
  document.querySelectorAll('iframe[data-secret="' + data.secret + '"]').forEach(function (frame) {
    if (event.source !== frame.contentWindow) return;
    frame.removeAttribute('style');
    if (data.message !== 'height') return;
    var height = Math.min(1000, Math.max(200, parseInt(data.value, 10) || 0));
    frame.height = height;
    hostLog.push({ height: height });
  });
});
document.querySelectorAll('iframe.wp-embedded-content').forEach(function (frame) {
  frame.addEventListener('load', function () { frame.contentWindow.postMessage({ message: 'ready', secret: frame.getAttribute('data-secret') }, '*'); });
});
</script>`;
  return shell(`${frame}${listener}`, head);
}

/** The page; `firstScriptUrl`, if given, loads before anything else on it (see hostServer.ts). */
export function hostPage(storyOrigin: string, options: HostPageOptions, firstScriptUrl?: string): string {
  const head = firstScriptUrl ? `<script src="${firstScriptUrl}"></script>` : '';
  if (options.kind === 'pym') return pymPage(storyOrigin, options, head);
  if (options.kind === 'wordpress') return wordpressPage(storyOrigin, options, head);
  if (options.kind === 'markup') return shell(options.html, head);
  return shell(`<iframe sandbox="${options.sandbox}" src="${storyOrigin}/?embed${options.hash ?? ''}" title="The story" style="width:100%;height:600px;border:0"></iframe>`, head);
}
