// The meeting at the Élysée: a formal salon, drawn flat like the rescue's façade, with the two men in
// it as the rescue's figures are drawn. Each step shows its moment: the welcome, the conversation, the
// medal passing to his chest, the papers in his hands, the brigade's helmet, his own account (the room
// steps back behind it), and the president's words to reporters. Every moving part is a layer.
//   <MeetingScene stepId="meeting-medal" picture={{ moment: 'medal' }} alt="…" copy={MEETING.sceneWords} … />
import { SceneFrame } from '../../../../kit/scene/SceneFrame.tsx';
import { LayerArt, SceneStage } from '../../../../kit/scene/SceneStage.tsx';
import type { SceneProps } from '../../../../kit/scene/types.ts';
import { ROOM, meetingSceneState } from './meetingGeometry.ts';
import { MeetingFigure, NameLabel } from './MeetingScene.Figures.tsx';
import { MeetingRoom } from './MeetingScene.Room.tsx';
import { Helmet, Medal, Microphones, Papers } from './MeetingScene.Things.tsx';
import { AccountPanel, ItemLabel, PressLine, SpeechBubble } from './MeetingScene.Words.tsx';
import type { MeetingPicture, MeetingSceneWords } from './sceneTypes.ts';

export function MeetingScene({ stepId, picture, alt, caption, copy, isStill }: SceneProps<MeetingPicture, MeetingSceneWords>) {
  const { gassama, president, shown, medalDx } = meetingSceneState(picture.moment);
  return (
    <SceneFrame name="meeting" stepId={stepId} alt={alt} isStill={isStill} caption={caption}>
      <SceneStage frame={ROOM}>
        <LayerArt box={ROOM}>
          <MeetingRoom />
        </LayerArt>
        <Helmet opacity={shown.helmet} />
        <MeetingFigure who="president" state={president} />
        <Microphones opacity={shown.press} />
        <MeetingFigure who="gassama" state={gassama} />
        <Papers opacity={shown.papers} />
        <Medal opacity={shown.medal} dx={medalDx} />
        <NameLabel who="gassama" text={copy.gassama} opacity={shown.gassamaLabel} />
        <NameLabel who="president" text={copy.president} opacity={1} />
        <SpeechBubble who="gassama" text={copy.gassamaSays} opacity={shown.words} />
        <SpeechBubble who="president" text={copy.presidentSays} opacity={shown.words} />
        <AccountPanel copy={copy} opacity={shown.account} />
        <PressLine copy={copy} opacity={shown.press} />
        <ItemLabel text={copy.medal} opacity={shown.medalLabel} />
        <ItemLabel text={copy.papers} opacity={shown.papersLabel} />
        <ItemLabel text={copy.brigade} opacity={shown.brigadeLabel} />
        {copy.saidNote && <ItemLabel text={copy.saidNote} opacity={Math.max(shown.words, shown.press)} isNote />}
      </SceneStage>
    </SceneFrame>
  );
}
