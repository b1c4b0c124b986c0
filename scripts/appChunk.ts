// The build's chunking rule for the app, read from the module graph rather than from file names: the
// app chunk holds every module of ours that the page entry's own dynamic imports (the app, once the
// first words are painted: src/kit/startup/startStory.ts) reach through static imports. Whatever is reached
// only through a further import() (a scene, framer-motion) stays out of it and loads later. Without a
// rule, every module the app shares with a lazy scene would become a small chunk of its own.
//   const app = appChunk(); plugins: [app.plugin], groups: [{ name: 'app', test: app.test }]
import type { Plugin } from 'vite';

interface ModuleGraph {
  getModuleIds: () => IterableIterator<string>;
  getModuleInfo: (id: string) => { isEntry: boolean; importedIds: readonly string[]; dynamicallyImportedIds: readonly string[] } | null;
}

/** Modules of ours (not node_modules, not Vite's virtual helpers). */
const isOurs = (id: string) => !id.includes('/node_modules/') && !id.startsWith('\0');

/** The modules `ids` reach through static imports, themselves included. */
function staticClosure(graph: ModuleGraph, ids: readonly string[]): Set<string> {
  const reached = new Set<string>();
  const pending = [...ids];
  while (pending.length > 0) {
    const id = pending.pop() as string;
    if (reached.has(id)) continue;
    reached.add(id);
    pending.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
  }
  return reached;
}

export function appChunk(): { plugin: Plugin; test: (id: string) => boolean } {
  const app = new Set<string>();
  const collect = (graph: ModuleGraph) => {
    const entries = [...graph.getModuleIds()].filter((id) => graph.getModuleInfo(id)?.isEntry);
    const entryPart = staticClosure(graph, entries);
    const loadedByEntry = [...entryPart].flatMap((id) => graph.getModuleInfo(id)?.dynamicallyImportedIds ?? []);
    app.clear();
    for (const id of staticClosure(graph, loadedByEntry)) if (isOurs(id) && !entryPart.has(id)) app.add(id);
    if (app.size === 0) throw new Error('The page entry loads no app of ours by import(): the app chunk would be empty');
  };
  return {
    // The graph is complete once every module is loaded, before any chunk is formed.
    plugin: { name: 'app-chunk', apply: 'build', buildEnd() { collect(this); } },
    test: (id: string) => app.has(id),
  };
}
