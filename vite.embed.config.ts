// Builds embed.js, the publishers' host script, as one self-contained file at the site root (no
// imports, no hash in its name: host pages reference it by a fixed URL).
import { defineConfig } from 'vite';

export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    lib: { entry: 'src/kit/embed/host.ts', formats: ['iife'], name: 'ScrollyStoryEmbed', fileName: () => 'embed.js' },
  },
});
