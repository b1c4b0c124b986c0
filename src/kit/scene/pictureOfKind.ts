// A scene draws one kind of picture; handed another (a step in the wrong chapter), it throws, and the
// scene's error boundary shows a note in its place. One helper for every scene, so each scene's
// chunk does not carry its own copy of the check.
//   const picture = pictureOfKind(props.picture, 'meeting'); // MeetingPicture
import type { Picture } from '../content/types.ts';

export function pictureOfKind<K extends Picture['kind']>(picture: Picture, kind: K): Extract<Picture, { kind: K }> {
  if (picture.kind !== kind) throw new Error(`The ${kind} scene cannot draw a ${picture.kind} picture`);
  return picture as Extract<Picture, { kind: K }>;
}
