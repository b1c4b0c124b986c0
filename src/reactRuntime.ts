// React's DOM renderer on its own, so that its evaluation is one task and the app's another.
export { hydrateRoot, createRoot } from 'react-dom/client';
