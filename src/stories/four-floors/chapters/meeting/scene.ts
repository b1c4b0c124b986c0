// The meeting chapter's scene: the Élysée, loaded after the text (see defineScene).
import { defineScene } from '../../../../kit/scene/defineScene.tsx';

export const MEETING_SCENE = defineScene('meeting', () => import('./MeetingScene.tsx').then((module) => module.MeetingScene));
