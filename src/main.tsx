import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import './styles/index.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element to mount the story in');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
