// Types for bundle-bytes.mjs, which the benchmark runs under plain Node.
export declare function buildFactsOf(distDir: string): { firstScene: string | null; server: string | null };
export declare function firstSceneModules(distDir: string): string[];
export interface BuildBytes {
  /** The edition measured, and its page. */
  lang: string;
  page: string;
  /** Gzipped JS the page downloads before the story hydrates (entry, the app it imports, their static imports). */
  firstLoadJs: number;
  firstLoadFiles: string[];
  /** The chunks the entry imports statically: fetched while the page is still parsed. */
  beforePaintFiles: string[];
  /** The chunks the entry loads by import(), once the first words are painted. */
  afterPaintFiles: string[];
  /** Gzipped JS needed before the first scene can animate (adds its chunks and motion features). */
  firstSceneJs: number;
  /** Every .js of the build but the chunks only other editions load. */
  allJs: number;
  otherEditionsFiles: string[];
  css: number;
  /** The edition's own page (index.html or fr/index.html), gzipped. */
  html: number;
  /** Font files as served (woff2 is already compressed). */
  fonts: number;
  fontFiles: string[];
}
/** One edition's page and page entry, as the prerender lists them. */
export interface BuiltEdition {
  lang: string;
  page: string;
  entry: string;
}
export declare function editionsOf(distDir: string): BuiltEdition[];
/** The contents of an edition's page's <style> elements (the inlined stylesheet; index.html's by default). */
export declare function inlineStyles(distDir: string, page?: string): string[];
export declare function measureBuild(distDir: string, lang?: string): BuildBytes;
export declare function measureEditions(distDir: string): BuildBytes[];
