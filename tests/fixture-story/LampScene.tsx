// The fixture's scene: a tower, its keeper climbing, its lamp lit or dark. Only the keeper and the
// light move, each a layer of its own (see SceneStage).
//   <LampScene stepId="tower-stairs" picture={{ isLit: false, keeperAt: 0.5 }} alt="…" caption="…" copy={{ keeper: 'keeper' }} isStill={false} />
import { SceneFrame } from '../../src/kit/scene/SceneFrame.tsx';
import { DrawingLayer, LayerArt, SceneStage } from '../../src/kit/scene/SceneStage.tsx';
import type { Box } from '../../src/kit/scene/transform.ts';
import type { SceneProps } from '../../src/kit/scene/types.ts';
import type { LampPicture, LampSceneWords } from './sceneTypes.ts';

const FRAME: Box = { x: 0, y: 0, width: 200, height: 300 };
const KEEPER: Box = { x: 60, y: 230, width: 80, height: 40 };
const LIGHT: Box = { x: 40, y: 20, width: 120, height: 60 };
/** How far the keeper rises between the door and the lamp room, in drawing units. */
const CLIMB = 170;

export function LampScene({ stepId, picture, alt, caption, copy, isStill }: SceneProps<LampPicture, LampSceneWords>) {
  return (
    <SceneFrame name="lamp" stepId={stepId} alt={alt} isStill={isStill} caption={caption}>
      <SceneStage frame={FRAME}>
        <LayerArt box={FRAME}>
          <rect x={80} y={60} width={40} height={220} className="lamp__tower" />
          <rect x={70} y={40} width={60} height={24} className="lamp__room" />
        </LayerArt>
        <DrawingLayer frame={FRAME} box={LIGHT} opacity={picture.isLit ? 1 : 0}>
          <path d="M100 52L40 30V74ZM100 52L160 30V74Z" className="lamp__beam" />
        </DrawingLayer>
        <DrawingLayer frame={FRAME} box={KEEPER} move={{ y: -picture.keeperAt * CLIMB }}>
          <circle cx={100} cy={245} r={6} className="lamp__keeper" />
          <text x={112} y={250} className="lamp__label">
            {copy.keeper}
          </text>
        </DrawingLayer>
      </SceneStage>
    </SceneFrame>
  );
}
