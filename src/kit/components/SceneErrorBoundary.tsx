// Keeps a failing scene from taking the story down: the picture is replaced by a short note, the
// text and quotes stay readable, and one clear message goes to the console.
//   <SceneErrorBoundary sceneName="rescue"><RescueScene … /></SceneErrorBoundary>
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface SceneErrorBoundaryProps {
  /** Named in the console message and the note. */
  sceneName: string;
  /** What the reader reads in the picture's place. */
  note: string;
  children: ReactNode;
}

export class SceneErrorBoundary extends Component<SceneErrorBoundaryProps, { hasFailed: boolean }> {
  state = { hasFailed: false };

  static getDerivedStateFromError() {
    return { hasFailed: true };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`The "${this.props.sceneName}" picture could not be drawn; the story continues without it.`, error, info.componentStack);
  }

  render() {
    if (this.state.hasFailed) {
      return (
        <p className="scene-error" role="note" data-scene-failed={this.props.sceneName}>
          {this.props.note}
        </p>
      );
    }
    return this.props.children;
  }
}
