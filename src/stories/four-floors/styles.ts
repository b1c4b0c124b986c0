// The story's styles, shared by its editions' page entries: its palette (with its dark and
// forced-colour values) and its scenes' styles (the kit's come with startStory).
import './palette.css';
import './palette.themes.css';
import './chapters/rescue/scene.css';
import './chapters/reactions/scene.css';
import './chapters/meeting/scene.css';
import './chapters/aftermath/scene.css';
