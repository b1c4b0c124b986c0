// The story's documents in the dev server and the build (storyConfig.ts): a writer's save rewrites
// their modules (scripts/story-documents.mjs) and the page follows, and a line a document would lose
// stops the build and shows in the dev server's overlay, at its file and line.
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { findDocuments, writeDocuments } from './story-documents.mjs';

/**
 * Keeps each document's modules in step with it. In the dev server, a writer's save rewrites them,
 * which restarts the server with the story's new words (they are its config's dependencies); a line
 * the document would lose shows in the overlay, at its file and line, until it is fixed. A build
 * stops on such a line, and on a document changed since its config read the modules (`npm run build`
 * writes them first).
 */
export function storyDocuments(storyDir: string): Plugin {
  const documents = findDocuments(resolve(storyDir));
  let problems: string[] = [];
  let isServing = false;
  return {
    name: 'story-documents',
    configResolved(config) {
      isServing = config.command === 'serve';
    },
    buildStart() {
      if (isServing) return;
      const { problems, written } = writeDocuments(documents);
      if (problems.length > 0) this.error(`The story's documents have ${problems.length} problem(s):\n${problems.join('\n')}`);
      if (written.length > 0) this.error(`The story's documents changed after its config was read (${written.join(', ')}): build again, or run npm run documents first`);
    },
    configureServer(server) {
      const show = () => {
        if (problems.length > 0) server.ws.send({ type: 'error', err: { message: `[story-documents] ${problems.join('\n')}`, stack: '', plugin: 'story-documents' } });
      };
      problems = writeDocuments(documents).problems;
      server.ws.on('connection', show);
      server.watcher.add(documents);
      const reread = () => {
        const hadProblems = problems.length > 0;
        const written = writeDocuments(documents);
        problems = written.problems;
        if (problems.length > 0) show();
        else if (written.written.length > 0) void server.restart();
        // Fixed back to the words the server already has: the page reloads without the overlay.
        else if (hadProblems) server.ws.send({ type: 'full-reload' });
      };
      // The watcher reports a second save of a file within some tens of milliseconds as none: read the
      // documents again a little after the last save reported, so a quick fix is never missed.
      let again: ReturnType<typeof setTimeout> | undefined;
      server.watcher.on('change', (file) => {
        if (!documents.includes(resolve(file))) return;
        reread();
        clearTimeout(again);
        again = setTimeout(reread, 300);
      });
      server.httpServer?.once('close', () => clearTimeout(again));
    },
  };
}
