// pym.js's wire format (the npm package pym.js 1.3.2, MIT), spoken without shipping pym: every
// message is one string, `pym` + id + type + payload joined by `xPYMx`. The story reads the
// parent's `width`, `viewport-iframe-position` (with trackscroll: "width height top left bottom
// right" of the host's viewport and the iframe's rectangle) and the `story-events` opt-in, and
// ignores anything else or anything malformed.
//   pymMessage('story', 'height', '5400') // "pymxPYMxstoryxPYMxheightxPYMx5400"
//   parsePymMessage(data, 'story') // { type, payload } | undefined
import { HOST_SOURCE, PROTOCOL_VERSION, parseHostMessage, type HostGeometry } from './protocol.ts';

const DELIMITER = 'xPYMx';
/** pym's ids are the host's container element ids. */
const PYM_ID = /^[\w-]{1,64}$/;
const LONGEST_MESSAGE = 400;

export function isPymId(id: string | null): id is string {
  return id !== null && PYM_ID.test(id);
}

export function pymMessage(id: string, type: string, payload = ''): string {
  return ['pym', id, type, payload].join(DELIMITER);
}

export function parsePymMessage(data: unknown, id: string): { type: string; payload: string } | undefined {
  if (typeof data !== 'string' || data.length > LONGEST_MESSAGE) return undefined;
  const parts = data.split(DELIMITER);
  if (parts.length !== 4 || parts[0] !== 'pym' || parts[1] !== id) return undefined;
  const [, , type = '', payload = ''] = parts;
  return /^[\w-]{1,40}$/.test(type) ? { type, payload } : undefined;
}

/** A `viewport-iframe-position` payload as the geometry embed.js would send, if it is one. */
export function pymGeometry(payload: string): HostGeometry | undefined {
  const fields = payload.split(' ');
  const numbers = fields.map((field) => (/^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(field) ? Number(field) : Number.NaN));
  // All six finite, the ones the story does not use included: anything else is not pym's.
  if (numbers.length !== 6 || !numbers.every(Number.isFinite)) return undefined;
  const [width = 0, height = 0, top = 0, , bottom = 0] = numbers;
  return parseHostMessage({ source: HOST_SOURCE, version: PROTOCOL_VERSION, type: 'geometry', iframeTop: top, iframeHeight: bottom - top, viewportHeight: height, viewportWidth: width });
}
