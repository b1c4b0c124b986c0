// Types for bundle-bytes.mjs, which the benchmark runs under plain Node.
export declare const FIRST_SCENE_MODULES: string[];
export interface BuildBytes {
  /** Gzipped JS the page downloads before the story hydrates (entry, the app it imports, their static imports). */
  firstLoadJs: number;
  firstLoadFiles: string[];
  /** The chunks the entry imports statically: fetched while the page is still parsed. */
  beforePaintFiles: string[];
  /** The chunks the entry loads by import(), once the first words are painted. */
  afterPaintFiles: string[];
  /** Gzipped JS needed before the first scene can animate (adds its chunks and motion features). */
  firstSceneJs: number;
  allJs: number;
  css: number;
  html: number;
  /** Font files as served (woff2 is already compressed). */
  fonts: number;
  fontFiles: string[];
}
/** The contents of index.html's <style> elements (the inlined stylesheet). */
export declare function inlineStyles(distDir: string): string[];
export declare function measureBuild(distDir: string): BuildBytes;
