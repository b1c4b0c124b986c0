// The import graph's rules, read by tests/import-graph.test.ts: no loops, type-only imports and
// import() included, and every import running down the layers, never back up:
//   scripts (the build's tools) → the stories → the kit → npm packages.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-loop',
      comment: 'A module that reaches itself through its imports: the layers are tangled.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'kit-below-stories',
      comment: 'The kit knows no story: a story is built on it, never the other way.',
      severity: 'error',
      from: { path: '^src/kit/' },
      to: { path: '^src/stories/' },
    },
    {
      name: 'scripts-above-src',
      comment: "The page never loads the build tools; the tools load the story through its server entry, which only the build runs, and which hands them the reports' reader. A story's own tests (its tests/ folder) run only under the test runner, and read the reports and the build's tools as the build does.",
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/stories/[^/]+/(server\\.tsx|tests/.+)$' },
      to: { path: '^scripts/' },
    },
    {
      name: 'chapter-below-its-story',
      comment: "A chapter is a part of its story: it reads the story's ids and reports, never the modules that join the chapters into editions.",
      severity: 'error',
      from: { path: '^src/stories/([^/]+)/chapters/' },
      to: { path: '^src/stories/$1/(text|evidence|story|server|page|main|edition)[.a-zA-Z]*$' },
    },
    {
      name: 'chapters-apart',
      comment: 'A chapter never reads another: what two share belongs to their story.',
      severity: 'error',
      from: { path: '^src/stories/[^/]+/chapters/([^/]+)/' },
      to: { path: '^src/stories/[^/]+/chapters/', pathNot: '^src/stories/[^/]+/chapters/$1/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: 'node_modules' },
    // Type-only imports count: a loop of types is a loop a reader of the code must untangle too.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
