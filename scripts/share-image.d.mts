// Types for share-image.mjs, which the build runs under plain Node.
export declare const SHARE_IMAGE: { width: number; height: number };
/** Rewrites `style="transform:…"` (as framer-motion renders it) as SVG transform attributes. */
export declare function cssTransformsToAttributes(markup: string): string;
export declare function makeShareImage(copy: { headline: string; dek: string; kicker: string; sceneMarkup: string; css: string; tokensCss: string }): Buffer;
