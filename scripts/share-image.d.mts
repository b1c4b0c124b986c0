// Types for share-image.mjs, which the build runs under plain Node.
export declare const SHARE_IMAGE: { width: number; height: number };
export declare function makeShareImage(copy: { headline: string; dek: string; kicker: string; sceneMarkup: string; css: string; tokensCss: string }): Buffer;
