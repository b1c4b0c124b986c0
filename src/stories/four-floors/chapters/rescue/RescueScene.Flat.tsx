// The rescue scene at one step as a single flat SVG, for the share image the build draws (resvg
// reads one drawing, with SVG transform attributes, not the page's layers and CSS transforms).
//   renderToStaticMarkup(<RescueFlatArt picture={step.picture} copy={RESCUE.sceneWords} />)
import type { RescuePicture, RescueSceneWords } from './sceneTypes.ts';
import { WINDOW, rescueSceneState } from './rescueGeometry.ts';
import { ClimberFigure, NeighbourFigure, neighbourOpacity } from './RescueScene.Figures.tsx';
import { RescueBackdrop } from './RescueScene.Backdrop.tsx';

export function RescueFlatArt({ picture, copy }: { picture: RescuePicture; copy: RescueSceneWords }) {
  const state = rescueSceneState(picture);
  const { x, y } = state.climber;
  return (
    <svg xmlns="http://www.w3.org/2000/svg" viewBox={`${WINDOW.x} ${WINDOW.y + state.windowTop} ${WINDOW.width} ${WINDOW.height}`}>
      <RescueBackdrop state={state} counting="etage" copy={copy} />
      <g opacity={neighbourOpacity(state.isNeighbourReaching)}>
        <NeighbourFigure isReaching={state.isNeighbourReaching} />
      </g>
      <g transform={`translate(${x} ${y})`}>
        <ClimberFigure pose={state.climber.pose} label={copy.climber} />
      </g>
    </svg>
  );
}
