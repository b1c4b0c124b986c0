// The headers a host should send with the build, written to dist/_headers in the format Netlify and
// Cloudflare Pages read (a path pattern, then its indented `Name: value` lines; `*` matches any run
// of characters), and applied by our own servers (vite preview, tests/helpers/storyServer.ts) from
// that file, so what the tests see is what the file says. The README gives the nginx equivalent.
//   const rules = parseHeaders(headersFile(['', 'fr/'])); headersFor(rules, '/fr/index.html')
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy.ts';

export type HeaderRules = readonly { pattern: RegExp; headers: Readonly<Record<string, string>> }[];

/** The story's pages: no-cache, and the policy with the frame-ancestors a <meta> cannot carry. */
const PAGE_HEADERS = ['Cache-Control: no-cache', `Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; frame-ancestors *`];

/** The file for a build whose edition pages sit at these paths from its root (`''` for index.html, `'fr/'`…). */
export const headersFile = (pagePaths: readonly string[]) => [
  '# Every file: no type sniffing, no full address sent on, and readable from any origin: a frame',
  '# sandboxed without allow-same-origin has an opaque origin, and its module scripts and fonts are',
  '# CORS requests.',
  '/*',
  '  X-Content-Type-Options: nosniff',
  '  Referrer-Policy: strict-origin-when-cross-origin',
  '  Access-Control-Allow-Origin: *',
  '  Cache-Control: public, max-age=300',
  '# Hashed files never change under their name.',
  '/assets/*',
  '  Cache-Control: public, max-age=31536000, immutable',
  // Every edition's page, by both its addresses.
  ...pagePaths.flatMap((path) => [`/${path}`, `/${path}index.html`]).flatMap((page) => [page, ...PAGE_HEADERS.map((line) => `  ${line}`)]),
  '/*.html',
  '  Cache-Control: no-cache',
  '',
].join('\n');

export function parseHeaders(text: string): HeaderRules {
  const rules: { pattern: RegExp; headers: Record<string, string> }[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    const current = rules.at(-1);
    if (!/^\s/.test(line)) {
      const escaped = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${escaped}$`), headers: {} });
    } else if (current) {
      const colon = line.indexOf(':');
      current.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
  }
  return rules;
}

/** Every matching rule's headers, a later rule's value winning over an earlier one's. */
export function headersFor(rules: HeaderRules, pathname: string): Record<string, string> {
  return Object.assign({}, ...rules.filter((rule) => rule.pattern.test(pathname)).map((rule) => rule.headers));
}
