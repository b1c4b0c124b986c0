// The page's Content-Security-Policy, in its <meta> tag (storyConfig.ts) and in dist/_headers.
import { STORY_URL } from './storyUrl.mjs';

/**
 * The story's own origin, named beside 'self': in a frame sandboxed without allow-same-origin (a
 * WordPress embed), WebKit matches 'self' against the frame's opaque origin, which no script
 * matches, so without it Safari would run none of the story's own scripts there.
 */
const OWN = `'self' ${new URL(STORY_URL).origin}`;

/**
 * The page's Content-Security-Policy: our own origin only and no inline script. Styles allow
 * 'unsafe-inline' because the prerendered page carries style attributes (the scenes' poses). Added to the build only:
 * the dev server injects an inline script of its own. frame-ancestors cannot be set in a <meta>
 * tag; the README says what header a host should send.
 */
export const CONTENT_SECURITY_POLICY = [
  `default-src ${OWN}`,
  `script-src ${OWN}`,
  `style-src ${OWN} 'unsafe-inline'`,
  `img-src ${OWN} data:`,
  `font-src ${OWN}`,
  `connect-src ${OWN}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');
