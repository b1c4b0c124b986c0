// The page's Content-Security-Policy, in its <meta> tag (storyConfig.ts) and in dist/_headers.
/**
 * The page's Content-Security-Policy: our own origin only and no inline script. Styles allow
 * 'unsafe-inline' because the prerendered page carries style attributes (the scenes' poses). Added to the build only:
 * the dev server injects an inline script of its own. frame-ancestors cannot be set in a <meta>
 * tag; the README says what header a host should send.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');
