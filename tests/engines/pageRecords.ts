// What a page records about itself, for engines whose driver cannot watch it from outside:
// resources fetched from other origins (Resource Timing) and, in RECORDER_SOURCE, a script run
// first in every page that keeps its console errors and uncaught errors in sessionStorage.
//   const foreign = await page.evaluate(foreignResources, allowedOrigins);

/** The key under which RECORDER_SOURCE keeps its findings (per tab, so they survive a reload). */
export const RECORDER_KEY = 'engine-run-problems';

/**
 * Wraps console.error and listens for uncaught errors, rejections and CSP violations. Plain ES5
 * source, served as a file: the page's CSP forbids inline script.
 */
export const RECORDER_SOURCE = `(function () {
  var key = ${JSON.stringify(RECORDER_KEY)};
  function note(text) {
    try {
      var list = JSON.parse(sessionStorage.getItem(key) || '[]');
      list.push(text + ' (' + location.origin + ')');
      sessionStorage.setItem(key, JSON.stringify(list));
    } catch (error) { /* storage refused: nothing to keep it in */ }
  }
  var consoleError = console.error.bind(console);
  console.error = function () {
    note('console error: ' + Array.prototype.map.call(arguments, String).join(' '));
    consoleError.apply(null, arguments);
  };
  addEventListener('error', function (event) { note('page error: ' + (event.message || event.type)); });
  addEventListener('unhandledrejection', function (event) { note('unhandled rejection: ' + String(event.reason)); });
  addEventListener('securitypolicyviolation', function (event) { note('CSP violation: ' + event.violatedDirective + ' ' + event.blockedURI); });
})();`;

/** In the page: what RECORDER_SOURCE has noted so far. */
export function recordedProblems(key: string): string[] {
  return JSON.parse(sessionStorage.getItem(key) ?? '[]') as string[];
}

/** In the page: every resource it fetched from an origin not in `allowedOrigins`. */
export function foreignResources(allowedOrigins: string[]): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && !allowedOrigins.includes(new URL(url).origin))
    .map((url) => `foreign request: ${url}`);
}
