// The build's chunking rule for the app, read from the module graph rather than from file names: the
// app chunk holds every module of ours that the page entries' own dynamic imports (the app and the
// story's words, once the first words are painted: src/kit/startup/startStory.ts) reach through static
// imports. Whatever is reached only through a further import() (a scene, framer-motion) stays out of
// it and loads later. Without a rule, every module the app shares with a lazy scene would become a
// small chunk of its own. A story told in several editions has one page entry per edition: what every
// entry reaches is the app, and what one entry alone reaches (that edition's words) is a chunk of its
// own, so that no page downloads another edition's words.
//   const app = appChunk([{ lang: 'en', entry: 'index.html' }, { lang: 'fr', entry: 'src/stories/x/main.fr.ts' }]); plugins: [app.plugin], groups: app.groups
import { resolve } from 'node:path';
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

/** What one page entry loads once its first words are painted: its dynamic imports' static closure, less the entry's own part. */
function loadedAfterPaint(graph: ModuleGraph, entry: string): Set<string> {
  const entryPart = staticClosure(graph, [entry]);
  const loaded = staticClosure(graph, [...entryPart].flatMap((id) => graph.getModuleInfo(id)?.dynamicallyImportedIds ?? []));
  return new Set([...loaded].filter((id) => isOurs(id) && !entryPart.has(id)));
}

/** The modules of the entries' own part that what loads after the paint imports too (the reader's storage). */
function sharedWithEntries(graph: ModuleGraph, entries: readonly string[], afterPaint: ReadonlySet<string>): Set<string> {
  const entryPart = staticClosure(graph, entries);
  const imported = [...afterPaint].flatMap((id) => graph.getModuleInfo(id)?.importedIds ?? []);
  return new Set(imported.filter((id) => isOurs(id) && entryPart.has(id)));
}

export interface ChunkGroup {
  name: string;
  test: (id: string) => boolean;
  // Without this a group would take in what its modules import, the entry's own reading storage
  // among them, and the entry would then import the app (and React) statically.
  includeDependenciesRecursively: false;
}

/** One edition's page entry: its language, and its index.html or entry module, from the build's root. */
export interface EditionEntry {
  lang: string;
  entry: string;
}

/**
 * The app's chunk groups for a build whose page entries are `editions`' (the first the default
 * edition's): `app`, and with more than one edition, `words-<lang>` for what that edition alone loads.
 */
export function appChunk(editions: readonly EditionEntry[] = [{ lang: 'en', entry: 'index.html' }], root = process.cwd()): { plugin: Plugin; groups: ChunkGroup[] } {
  const ids = editions.map(({ entry }) => resolve(root, entry));
  const app = new Set<string>();
  const words = ids.map(() => new Set<string>());
  const startup = new Set<string>();
  const collect = (graph: ModuleGraph) => {
    const loaded = ids.map((id) => loadedAfterPaint(graph, id));
    app.clear();
    for (const id of loaded[0] ?? []) if (loaded.every((edition) => edition.has(id))) app.add(id);
    startup.clear();
    for (const id of sharedWithEntries(graph, ids, new Set(loaded.flatMap((edition) => [...edition])))) startup.add(id);
    loaded.forEach((edition, index) => {
      words[index]?.clear();
      for (const id of edition) if (!app.has(id)) words[index]?.add(id);
    });
    if (app.size === 0) throw new Error('The page entry loads no app of ours by import(): the app chunk would be empty');
  };
  return {
    // The graph is complete once every module is loaded, before any chunk is formed. A build that
    // has already failed (the content check stops it before any module loads) has no graph to read:
    // its error must stay the one the writer sees.
    plugin: { name: 'app-chunk', apply: 'build', buildEnd(error) { if (!error) collect(this); } },
    groups: [
      // The entries' modules that the app imports as well, in a chunk of their own: left in the entries'
      // shared start-up chunk, the app would import that chunk, and with it the stylesheet the
      // prerender inlines and removes (an import() of the app would then ask for the missing file).
      { name: 'startup', test: (id) => startup.has(id), includeDependenciesRecursively: false },
      { name: 'app', test: (id) => app.has(id), includeDependenciesRecursively: false },
      ...(ids.length > 1 ? words.map((set, index) => ({ name: `words-${editions[index]?.lang}`, test: (id: string) => set.has(id), includeDependenciesRecursively: false as const })) : []),
    ],
  };
}
