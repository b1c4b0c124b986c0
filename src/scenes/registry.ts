// Maps a chapter's `scene` name to the component that draws it; App renders a visible error for
// any name not listed here.
import type { ComponentType } from 'react';
import { AftermathScene } from './AftermathScene.tsx';
import { MeetingScene } from './MeetingScene.tsx';
import { ReactionsScene } from './ReactionsScene.tsx';
import { RescueScene } from './RescueScene.tsx';
import type { SceneProps } from './types.ts';

export const SCENES: Readonly<Record<string, ComponentType<SceneProps>>> = {
  rescue: RescueScene,
  reactions: ReactionsScene,
  meeting: MeetingScene,
  aftermath: AftermathScene,
};
