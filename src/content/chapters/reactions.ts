// The weekend after the climb: the video, the mayor, the nickname, the father.
import type { Chapter } from '../types.ts';

export const REACTIONS: Chapter = {
  id: 'reactions',
  title: 'The reactions',
  dek: 'A video filmed from the street, and a weekend of posts.',
  scene: 'reactions',
  steps: [
    {
      id: 'reactions-video',
      kicker: 'Saturday night to Sunday · the video',
      body: [
        'Someone in the crowd filmed the climb. By Sunday it had gone viral, in France and far beyond.',
      ],
      quoteIds: ['went-viral', 'infos-francaises-post'],
      claimIds: ['video-viral'],
      discrepancyIds: [],
      picture: { kind: 'reactions', postsShown: 1 },
      alt: 'A feed with one post: a French news account describes a man climbing a façade in the 18th arrondissement to save a four-year-old.',
    },
    {
      id: 'reactions-mayor',
      kicker: 'Sunday 27 May · the mayor of Paris',
      body: [
        'Anne Hidalgo, the mayor of Paris, asked online who the climber was so that she could thank him. Her word for him was “Spiderman”.',
        'Her posts were in French. Report A reproduces them and also renders her words in English; the translations beneath the French are ours.',
      ],
      quoteIds: ['hidalgo-spiderman-post', 'spider-man-of-18th'],
      claimIds: ['mayor-asked'],
      discrepancyIds: [],
      picture: { kind: 'reactions', postsShown: 2 },
      alt: 'A second post arrives in the feed: the mayor of Paris asks who the “Spiderman of the 18th” is, to congratulate him.',
    },
    {
      id: 'reactions-phone',
      kicker: 'Sunday 27 May · a phone call',
      body: [
        'The same day she found him and spoke to him by phone. He told her he had come from Mali a few months earlier; she told him the city would help him settle in France.',
      ],
      quoteIds: ['hidalgo-phone-post', 'hidalgo-dream', 'hidalgo-support'],
      claimIds: ['mayor-phoned', 'arrived-months'],
      discrepancyIds: [],
      picture: { kind: 'reactions', postsShown: 3 },
      alt: 'A third post: the mayor congratulates Mamoudou Gassama by name and says she thanked him by phone.',
    },
    {
      id: 'reactions-nickname',
      kicker: 'The nickname',
      body: [
        'Headlines took up the name. In the English-language reports he is “Spider-Man”, always in quotation marks, and the story becomes one about an immigrant and his papers as much as about a child.',
      ],
      quoteIds: ['now-often-called', 'headline-c'],
      claimIds: ['nickname'],
      discrepancyIds: [],
      picture: { kind: 'reactions', postsShown: 4 },
      alt: 'A headline joins the feed: “VIRAL VIDEO: Here’s The Heroic Act That Earned An Immigrant His French Citizenship”.',
    },
    {
      id: 'reactions-father',
      kicker: 'The boy’s parents',
      body: [
        'Neither parent was with the boy. His father, reported to have been out shopping, was taken into police custody and investigated for neglect; his mother was reported not to be in Paris.',
      ],
      quoteIds: ['father-custody-post', 'father-shopping', 'father-pokemon', 'mother-away'],
      claimIds: ['father-investigated'],
      discrepancyIds: [],
      picture: { kind: 'reactions', postsShown: 5 },
      alt: 'The last post in the feed: the child’s parents were not there and his father has been taken into custody.',
    },
  ],
};
