// The story's styles, shared by its editions' page entries: its palette (with its dark and
// forced-colour values) and its scenes' styles (the kit's come with startStory). Every chapter's
// scene.css is found by the pattern, so a new chapter's folder needs no line here.
import './palette.css';
import './palette.themes.css';

import.meta.glob('./chapters/*/scene.css', { eager: true });
