// The words drawn in the meeting scene: the two speech bubbles of the conversation, the panel of
// Gassama's own account, and the president's words to reporters. Each is a layer that fades as a whole.
import { DrawingLayer } from '../../../../kit/scene/SceneStage.tsx';
import type { Box } from '../../../../kit/scene/transform.ts';
import { ROOM, splitInTwo } from './meetingGeometry.ts';
import type { MeetingSceneWords } from './sceneTypes.ts';

/** Two centred lines of an svg text, which cannot wrap by itself; the second 1.4 lines' height below. */
function TwoLines({ text, x, y, className }: { text: string; x: number; y: number; className: string }) {
  const [first, second] = splitInTwo(text);
  return (
    <text x={x} y={y} textAnchor="middle" className={className}>
      <tspan x={x}>{first}</tspan>
      <tspan x={x} dy="1.4em">
        {second}
      </tspan>
    </text>
  );
}

const BUBBLES = {
  gassama: { box: { x: 12, y: 100, width: 228, height: 126 }, left: 16, tail: 'M150 183L170 222L182 183' },
  president: { box: { x: 240, y: 100, width: 228, height: 126 }, left: 248, tail: 'M298 183L304 222L326 183' },
} as const;

/** What one man says, in a bubble pointing at him. */
export function SpeechBubble({ who, text, opacity }: { who: keyof typeof BUBBLES; text: string; opacity: number }) {
  const { box, left, tail } = BUBBLES[who];
  return (
    <DrawingLayer frame={ROOM} box={box} opacity={opacity} move={{ y: opacity > 0 ? 0 : 8 }}>
      <g className={`meeting__bubble meeting__bubble--${who}`}>
        <rect x={left} y={104} width={216} height={80} rx={14} />
        <path d={tail} />
      </g>
      <TwoLines text={text} x={left + 108} y={136} className="meeting__said" />
    </DrawingLayer>
  );
}

/** The panels hang a little below the top, clear of the step buttons a phone shows there. */
const ACCOUNT_BOX: Box = { x: 36, y: 66, width: 408, height: 150 };
const PRESS_BOX: Box = { x: 20, y: 62, width: 440, height: 152 };

/** A card over the room with a title at its top; it rises a little into place as it appears. */
function Panel({ box, title, opacity, children }: { box: Box; title: string; opacity: number; children: React.ReactNode }) {
  return (
    <DrawingLayer frame={ROOM} box={box} opacity={opacity} move={{ y: opacity > 0 ? 0 : 10 }}>
      <rect x={box.x + 4} y={box.y + 4} width={box.width - 8} height={box.height - 8} rx={8} className="meeting__panel" />
      <text x={240} y={box.y + 36} textAnchor="middle" className="meeting__panel-title">
        {title}
      </text>
      {children}
    </DrawingLayer>
  );
}

/** His own account, as Report A gives it and Report C relays it from CBS: papers for Italy, and France, where his brother lives. */
export function AccountPanel({ copy, opacity }: { copy: MeetingSceneWords; opacity: number }) {
  return (
    <Panel box={ACCOUNT_BOX} title={copy.accountTitle} opacity={opacity}>
      <text x={110} y={140} textAnchor="middle" className="meeting__place">
        {copy.italy}
      </text>
      <text x={370} y={140} textAnchor="middle" className="meeting__place">
        {copy.france}
      </text>
      <path d="M124 157H348M336 149L348 157L336 165" className="meeting__route" />
      <circle cx={110} cy={157} r={6} className="meeting__dot" />
      <circle cx={370} cy={157} r={6} className="meeting__dot" />
      <text x={56} y={196} className="meeting__note">
        {copy.italyNote}
      </text>
      <text x={424} y={196} textAnchor="end" className="meeting__note">
        {copy.franceNote}
      </text>
    </Panel>
  );
}

/** The president's words to reporters, over the room. */
export function PressLine({ copy, opacity }: { copy: MeetingSceneWords; opacity: number }) {
  return (
    <Panel box={PRESS_BOX} title={copy.toReporters} opacity={opacity}>
      <TwoLines text={copy.policyLine} x={240} y={138} className="meeting__policy" />
    </Panel>
  );
}
/**
 * A label along the bottom of the room, on its own step: what was given or offered, or (`isNote`) the
 * note that the words drawn are our translation.
 */
export function ItemLabel({ text, opacity, isNote = false }: { text: string; opacity: number; isNote?: boolean }) {
  return (
    <DrawingLayer frame={ROOM} box={{ x: 12, y: 496, width: 456, height: 40 }} opacity={opacity}>
      <text x={240} y={523} textAnchor="middle" className={isNote ? 'meeting__note' : 'meeting__item-label'}>
        {text}
      </text>
    </DrawingLayer>
  );
}
