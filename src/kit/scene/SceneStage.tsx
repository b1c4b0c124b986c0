// A drawing as a stack of layers, so that what moves can move on the compositor. A transform or an
// opacity change inside one <svg> makes the browser restyle, lay out and repaint that drawing on every
// frame of the animation; a whole HTML box (or <svg> element) moved the same way is only recomposited.
//   <SceneStage frame={{ x: 0, y: 0, width: 480, height: 600 }}>
//     <LayerArt box={frame}>{still parts}</LayerArt>
//     <DrawingLayer frame={frame} box={CLIMBER_BOX} move={{ x, y }}><g>…</g></DrawingLayer>
//   </SceneStage>
import { useMemo, type CSSProperties, type ReactNode } from 'react';
import { Moving, type Following } from './Moving.tsx';
import type { StepProgress } from './stepProgress.ts';
import { toBoxTransform, type Box, type Placement } from './transform.ts';

interface SceneStageProps {
  /** The part of the drawing's coordinates the scene shows (its viewBox); sets the stage's shape. */
  frame: Box;
  children: ReactNode;
}

/** The largest box of the frame's shape that fits the scene, centred, clipping what lies outside. */
export function SceneStage({ frame, children }: SceneStageProps) {
  const shape = { '--stage-aspect': frame.width / frame.height } as CSSProperties;
  return (
    <div className="scene__art stage-fit" aria-hidden="true">
      <div className="stage" style={shape}>
        {children}
      </div>
    </div>
  );
}

/** Where a box of drawing units sits inside its parent's frame, as percentages of that frame. */
export function boxPosition(box: Box, frame: Box): CSSProperties {
  return {
    left: `${((box.x - frame.x) / frame.width) * 100}%`,
    top: `${((box.y - frame.y) / frame.height) * 100}%`,
    width: `${(box.width / frame.width) * 100}%`,
    height: `${(box.height / frame.height) * 100}%`,
  };
}

interface StageLayerProps {
  /** The coordinates of the layer's parent (the stage's frame, or the layer it sits in). */
  frame: Box;
  /** The part of the drawing this layer holds, in the same coordinates. */
  box: Box;
  /** How far the layer is moved from where it is drawn, in drawing units. */
  move?: Placement;
  /**
   * Instead of `move`, where the layer is at each progress through the step, followed as the reader
   * scrolls (a pure function of the progress, so a jump lands where a slow scroll would).
   */
  follow?: { progress: StepProgress; moveAt: (progress: number) => Placement };
  opacity?: number;
  className?: string;
  children: ReactNode;
}

/** A layer of the drawing that moves or fades as a whole. */
export function StageLayer({ frame, box, move = {}, follow, opacity = 1, className, children }: StageLayerProps) {
  const following = useMemo<Following | undefined>(
    () => follow && { progress: follow.progress, poseAt: (progress) => ({ opacity, transform: toBoxTransform(follow.moveAt(progress), box) }) },
    [follow, opacity, box],
  );
  const to = following ? following.poseAt(following.progress.get()) : { opacity, transform: toBoxTransform(move, box) };
  return (
    <Moving className={className ? `stage__layer ${className}` : 'stage__layer'} style={boxPosition(box, frame)} to={to} follow={following}>
      {children}
    </Moving>
  );
}

interface LayerArtProps {
  /** The drawing units the svg shows: its layer's box. */
  box: Box;
  children: ReactNode;
}

/** The artwork of one layer, filling it, in the drawing's own coordinates. */
export function LayerArt({ box, children }: LayerArtProps) {
  return (
    <svg viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`} className="stage__art" focusable="false">
      {children}
    </svg>
  );
}

/** A layer holding one piece of artwork (its children: SVG, in the drawing's coordinates). */
export function DrawingLayer({ children, ...layer }: StageLayerProps) {
  return (
    <StageLayer {...layer}>
      <LayerArt box={layer.box}>{children}</LayerArt>
    </StageLayer>
  );
}
