// The still parts of the meeting drawing: a formal salon at the Élysée, drawn flat like the rescue's
// façade (panelled walls, a tall window with its drapes, two flags, a side table), with no one in it.
//   <svg viewBox="0 0 480 540"><MeetingRoom /></svg>
import { FLOOR_Y, ROOM } from './meetingGeometry.ts';

/** Where the ring of twelve stars sits on the European flag. */
const STARS = Array.from({ length: 12 }, (_, index) => {
  const angle = (index / 12) * 2 * Math.PI;
  return [Math.round((407 + 11 * Math.cos(angle)) * 10) / 10, Math.round((165 + 11 * Math.sin(angle)) * 10) / 10] as const;
});

function Panel({ x }: { x: number }) {
  return (
    <g className="meeting__moulding">
      <rect x={x} y={70} width={96} height={330} />
      <rect x={x + 10} y={80} width={76} height={140} />
      <rect x={x + 10} y={236} width={76} height={154} />
    </g>
  );
}

export function MeetingRoom() {
  return (
    <>
      <rect width={ROOM.width} height={FLOOR_Y} className="meeting__wall" />
      <rect width={ROOM.width} height={26} className="meeting__cornice" />
      <Panel x={24} />
      <Panel x={360} />
      <path d="M170 410V126Q240 52 310 126V410Z" className="meeting__window" />
      <path d="M240 70V410M170 190H310M170 270H310M170 350H310" className="meeting__mullion" />
      <path d="M146 40H196L186 420H150Z" className="meeting__drape" />
      <path d="M284 40H334L330 420H294Z" className="meeting__drape" />
      <path d="M140 40H340" className="meeting__rod" />
      <path d="M52 110V440M430 110V440" className="meeting__pole" />
      <g className="meeting__flag">
        <rect x={56} y={116} width={14} height={110} className="meeting__flag-blue" />
        <rect x={70} y={116} width={14} height={110} className="meeting__flag-white" />
        <rect x={84} y={116} width={14} height={110} className="meeting__flag-red" />
        <rect x={386} y={116} width={42} height={110} className="meeting__flag-blue" />
        {STARS.map(([x, y]) => (
          <circle key={`${x} ${y}`} cx={x} cy={y} r={1.8} className="meeting__star" />
        ))}
      </g>
      <rect y={FLOOR_Y} width={ROOM.width} height={ROOM.height - FLOOR_Y} className="meeting__floor" />
      <path d={`M0 ${FLOOR_Y}H480`} className="meeting__skirting" />
      <path d="M372 382H452M380 382L386 440M444 382L438 440" className="meeting__table" />
    </>
  );
}
