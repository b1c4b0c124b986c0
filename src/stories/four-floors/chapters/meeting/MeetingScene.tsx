// A restrained elevation of a formal doorway at the Élysée; what was said and offered arrives on the
// table as the steps go: words, the medal, the papers, the brigade's helmet, the policy line. Each
// arriving item is a layer of its own (see SceneStage).
//   <MeetingScene stepId="meeting-medal" picture={{ items: ['door', 'words', 'medal'] }} alt="…" copy={MEETING.sceneCopy} … />
import { SceneFrame } from '../../../../kit/scene/SceneFrame.tsx';
import { DrawingLayer, LayerArt, SceneStage } from '../../../../kit/scene/SceneStage.tsx';
import type { Box } from '../../../../kit/scene/transform.ts';
import type { SceneProps } from '../../../../kit/scene/types.ts';
import type { MeetingItem, MeetingPicture, MeetingSceneCopy } from './sceneCopy.ts';

/** The part of the drawing the scene shows. */
const FRAME: Box = { x: 0, y: 20, width: 480, height: 540 };

type ArrivingItem = Exclude<MeetingItem, 'door'>;

/** What each arriving item draws (its own layer, so its arrival repaints nothing). */
const ITEM_BOXES: Record<ArrivingItem, Box> = {
  words: { x: 90, y: 22, width: 316, height: 80 },
  medal: { x: 126, y: 398, width: 44, height: 72 },
  papers: { x: 196, y: 432, width: 90, height: 42 },
  brigade: { x: 296, y: 434, width: 84, height: 38 },
  policy: { x: 40, y: 518, width: 400, height: 36 },
};

/** Whether an item is drawn at full strength, or waiting off-stage. */
export function itemPlacement(isShown: boolean): { opacity: number; y: number } {
  return isShown ? { opacity: 1, y: 0 } : { opacity: 0, y: 16 };
}

function Item({ items, item, children }: { items: readonly MeetingItem[]; item: ArrivingItem; children: React.ReactNode }) {
  const { opacity, y } = itemPlacement(items.includes(item));
  return (
    <DrawingLayer frame={FRAME} box={ITEM_BOXES[item]} move={{ y }} opacity={opacity} className={`meeting__${item}`}>
      {children}
    </DrawingLayer>
  );
}

export function MeetingScene({ stepId, picture, alt, caption, copy, isStill }: SceneProps<MeetingPicture, MeetingSceneCopy>) {
  const { items } = picture;
  return (
    <SceneFrame name="meeting" stepId={stepId} alt={alt} isStill={isStill} caption={caption}>
      <SceneStage frame={FRAME}>
        <LayerArt box={FRAME}>
          <rect x={0} y={0} width={480} height={600} className="meeting__wall" />
          <path d="M0 470H480" className="meeting__floorline" />
          <g className="meeting__door">
            <path d="M130 470V150Q240 70 350 150V470Z" className="meeting__frame" />
            <rect x={150} y={160} width={88} height={300} className="meeting__leaf" />
            <rect x={242} y={160} width={88} height={300} className="meeting__leaf" />
            {[180, 300].map((y) => (
              <g key={y}>
                <rect x={162} y={y} width={64} height={100} className="meeting__panel" />
                <rect x={254} y={y} width={64} height={100} className="meeting__panel" />
              </g>
            ))}
            <circle cx={232} cy={330} r={4} className="meeting__handle" />
            <circle cx={248} cy={330} r={4} className="meeting__handle" />
          </g>
          <path d="M60 470V200M60 200l34 12v40l-34-12z" className="meeting__flag" />
          <rect x={90} y={470} width={300} height={14} className="meeting__table" />
        </LayerArt>
        <Item items={items} item="words">
          <text x={100} y={120} className="meeting__quote-mark">“</text>
          <text x={340} y={120} className="meeting__quote-mark">”</text>
        </Item>
        <Item items={items} item="medal">
          <path d="M130 432l10-30h16l10 30" className="meeting__ribbon" />
          <circle cx={148} cy={448} r={18} className="meeting__medal" />
        </Item>
        <Item items={items} item="papers">
          <rect x={206} y={440} width={74} height={28} transform="rotate(-4 243 454)" className="meeting__paper" />
          <rect x={200} y={446} width={74} height={24} className="meeting__paper" />
          <path d="M210 456h50M210 462h36" className="meeting__paper-lines" />
        </Item>
        <Item items={items} item="brigade">
          <path d="M304 468a34 30 0 0 1 68 0z" className="meeting__helmet" />
          <path d="M338 440v28M300 468h76" className="meeting__helmet-crest" />
        </Item>
        <Item items={items} item="policy">
          <text x={240} y={540} textAnchor="middle" className="meeting__policy" lang={copy.policyLineLang}>
            {copy.policyLine}
          </text>
        </Item>
      </SceneStage>
    </SceneFrame>
  );
}
