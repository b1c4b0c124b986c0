// Hydrates the prerendered story (loaded by boot.ts once the first words are on screen).
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from '../App.tsx';
import { withoutScrollListeners } from './rootListeners.ts';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element to mount the story in');
const app = (
  <StrictMode>
    <App />
  </StrictMode>
);
// The build prerenders the story into #root (scripts/prerender.mjs); the dev server serves it empty.
withoutScrollListeners(root, () => (root.hasChildNodes() ? hydrateRoot(root, app) : createRoot(root).render(app)));
