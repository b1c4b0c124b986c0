// What the president gave and offered, drawn where the reader can see it pass: the medal (it travels
// from his hand to Gassama's chest), the papers in Gassama's hands, the brigade's helmet on the side
// table, and the reporters' microphones. Each is a layer of its own.
import { DrawingLayer } from '../../../../kit/scene/SceneStage.tsx';
import type { Box } from '../../../../kit/scene/transform.ts';
import { ROOM } from './meetingGeometry.ts';

/** A thing that settles into place as it appears: `from` is where it comes from, in drawing units. */
function Arriving({ box, opacity, from, children }: { box: Box; opacity: number; from: { x?: number; y?: number }; children: React.ReactNode }) {
  return (
    <DrawingLayer frame={ROOM} box={box} opacity={opacity} move={opacity > 0 ? {} : from}>
      {children}
    </DrawingLayer>
  );
}

export function Medal({ opacity, dx }: { opacity: number; dx: number }) {
  return (
    <DrawingLayer frame={ROOM} box={{ x: 160, y: 268, width: 40, height: 60 }} opacity={opacity} move={{ x: dx }}>
      <path d="M171 272H189L184 298H176Z" className="meeting__ribbon" />
      <circle cx={180} cy={308} r={11} className="meeting__medal" />
    </DrawingLayer>
  );
}

export function Papers({ opacity }: { opacity: number }) {
  return (
    <Arriving box={{ x: 222, y: 286, width: 52, height: 64 }} opacity={opacity} from={{ y: -10 }}>
      <rect x={232} y={294} width={32} height={42} transform="rotate(8 248 315)" className="meeting__paper" />
      <rect x={228} y={298} width={32} height={42} transform="rotate(-6 244 319)" className="meeting__paper" />
      <path d="M234 308l20-2M235 315l20-2M236 322l12-1" className="meeting__paper-lines" />
      <circle cx={252} cy={331} r={4} className="meeting__seal" />
    </Arriving>
  );
}

export function Helmet({ opacity }: { opacity: number }) {
  return (
    <Arriving box={{ x: 370, y: 330, width: 84, height: 54 }} opacity={opacity} from={{ y: -12 }}>
      <path d="M380 380a32 38 0 0 1 64 0z" className="meeting__helmet" />
      <path d="M412 338V380M374 380H450" className="meeting__helmet-crest" />
    </Arriving>
  );
}

/** In front of him, below his head, so that nothing reads as a face. */
export function Microphones({ opacity }: { opacity: number }) {
  return (
    <Arriving box={{ x: 196, y: 286, width: 88, height: 156 }} opacity={opacity} from={{ y: 20 }}>
      <path d="M220 310L206 440M240 304V440M260 312L274 440" className="meeting__stand" />
      <rect x={214} y={292} width={12} height={20} rx={6} className="meeting__mic" />
      <rect x={234} y={288} width={12} height={20} rx={6} className="meeting__mic" />
      <rect x={254} y={294} width={12} height={20} rx={6} className="meeting__mic" />
    </Arriving>
  );
}
