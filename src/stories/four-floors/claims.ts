// The facts the story rests on, in story order, each with every report's exact words for it (`states`)
// or against it (`differs`, explained by its discrepancy); a report not listed is silent. Steps name
// the claims they rest on (`claimIds`); the claims table in the sources chapter lists them all.
// `npm test` and the build check each excerpt is verbatim, each claim has a report stating it, a
// claim whose reports all hedge keeps a hedge, and a single-source claim about a person's legal
// status or conduct names its report.
import type { Claim } from '../../kit/content/types.ts';

const INFOS_FRANCAISES = 'the post by Infos Françaises';
const MAYOR = 'the mayor’s post';
const PRESIDENT = 'the president’s post';

export const CLAIMS: readonly Claim[] = [
  // The rescue
  {
    id: 'child-hanging',
    statement: 'A four-year-old boy was hanging from a balcony of a Paris apartment building.',
    evidence: [
      { source: 'A', stance: 'states', text: 'to rescue a four-year-old child who was dangling from a balcony.' },
      { source: 'B', stance: 'states', text: 'the child was able to grab hold of the fourth story balcony to halt his fall, and managed to hold on for life' },
      { source: 'C', stance: 'states', text: 'to rescue a 4-year-old who was dangling from a balcony.' },
    ],
  },
  {
    id: 'saturday-evening',
    statement: 'It happened on a Saturday evening.',
    evidence: [
      { source: 'A', stance: 'states', text: 'an apartment building in Paris’ northern 18th district Saturday evening' },
      { source: 'B', stance: 'states', text: 'On Saturday evening, the boy that ‘Spider-Man’ rescued' },
    ],
  },
  {
    id: 'in-the-18th',
    statement: 'It happened in the 18th arrondissement, in the north of Paris.',
    evidence: [
      { source: 'A', stance: 'states', text: 'an apartment building in Paris’ northern 18th district' },
    ],
  },
  {
    id: 'football-match',
    statement: 'He told BFM TV he was on his way to watch a football match, Report B says.',
    evidence: [
      { source: 'B', stance: 'states', text: 'he was just on his way to a local restaurant to watch a football match when he saw the crisis going on.' },
    ],
  },
  {
    id: 'ran-to-save',
    statement: 'He said he ran to save the boy without stopping to think.',
    discrepancyId: 'words-ran',
    evidence: [
      { source: 'A', stance: 'states', text: 'I just didn’t have time to think, I ran across the road to go and save him' },
      { source: 'B', stance: 'states', text: 'I didn\'t think about it' },
      { source: 'C', stance: 'states', text: 'I ran. I crossed the street to save him' },
    ],
  },
  {
    id: 'climbed-facade',
    statement: 'He climbed the outside of the building, balcony by balcony.',
    evidence: [
      {
        source: 'A',
        stance: 'states',
        text: 'à mains nues, un homme a escaladé la façade d’un immeuble',
        lang: 'fr',
        context: INFOS_FRANCAISES,
        translation: 'with his bare hands, a man climbed the front of a building',
      },
      { source: 'B', stance: 'states', text: 'the Malian migrant clambered and swung up from one balcony to the next' },
      { source: 'C', stance: 'states', text: 'scaled five stories of an apartment building to rescue a 4-year-old' },
    ],
  },
  {
    id: 'courage-grew',
    statement: 'He told the president that climbing gave him the courage to keep going.',
    discrepancyId: 'words-climbed',
    evidence: [
      { source: 'A', stance: 'states', text: 'The more I climbed the more I had the courage to climb up higher, that’s it.' },
      { source: 'C', stance: 'states', text: 'When I started to climb, it gave me courage to keep climbing.' },
    ],
  },
  {
    id: 'in-seconds',
    statement: 'The climb took only seconds.',
    evidence: [
      { source: 'A', stance: 'states', text: 'Saturday evening in mere seconds to rescue a four-year-old child' },
      { source: 'B', stance: 'states', text: 'swung up from one balcony to the next in just a few seconds to pull the dangling child to safety.' },
    ],
  },
  {
    id: 'neighbour-partition',
    statement: 'Another tenant tried to reach the boy, but a partition wall kept him from grabbing hold of him.',
    evidence: [
      { source: 'B', stance: 'states', text: 'Another tenant is also seen trying to reach out to the child, but a partition wall is preventing him from grabbing hold of the kid' },
    ],
  },
  {
    id: 'fell-from-flat',
    statement: 'Report B says the boy fell from the balcony of his family’s flat, higher up.',
    discrepancyId: 'height',
    evidence: [{ source: 'B', stance: 'states', text: 'he fell from the balcony of their sixth floor flat.' }],
  },
  {
    id: 'height',
    statement: 'He climbed four floors to reach the boy.',
    discrepancyId: 'height',
    evidence: [
      { source: 'A', stance: 'states', text: 'went into action and scaled four floors of an apartment building' },
      { source: 'B', stance: 'states', text: 'after climbing up to a four-story balcony to save a child in danger of falling.' },
      { source: 'C', stance: 'differs', text: 'scaled five stories of an apartment building' },
    ],
  },
  {
    id: 'pulled-to-safety',
    statement: 'He reached the boy and pulled him to safety.',
    evidence: [
      { source: 'A', stance: 'states', text: 'to rescue a four-year-old child who was dangling from a balcony.' },
      { source: 'B', stance: 'states', text: 'to pull the dangling child to safety.' },
      { source: 'C', stance: 'states', text: 'after he reached the boy and pulled him to safety.' },
    ],
  },
  {
    id: 'shaken-after',
    statement: 'By his own account, he was shaken once he had reached the boy.',
    evidence: [
      { source: 'B', stance: 'states', text: 'by the time he was able to reach the fourth story apartment, his knees were shaking.' },
      { source: 'C', stance: 'states', text: 'He only felt fear, he said, after he reached the boy and pulled him to safety.' },
    ],
  },
  {
    id: 'thank-god-saved',
    statement: 'He said: thank God he had saved him.',
    evidence: [
      { source: 'B', stance: 'states', text: '‘Thank God I saved him,’ he added.' },
      { source: 'C', stance: 'states', text: '‘Thank God I saved him,’ he said.' },
    ],
  },
  {
    id: 'crowd-watched',
    statement: 'A crowd watched from the street.',
    discrepancyId: 'crowd',
    evidence: [
      { source: 'B', stance: 'states', text: 'To the cheers of onlookers' },
      { source: 'C', stance: 'states', text: 'The large crowd of people looking on in horror' },
    ],
  },
  // The reactions
  {
    id: 'video-viral',
    statement: 'A video of the climb, filmed by an onlooker, went viral.',
    evidence: [
      { source: 'A', stance: 'states', text: 'Video that quickly went viral over the weekend' },
      { source: 'B', stance: 'states', text: 'In a video that went viral on social media, an onlooker was able to capture the daredevil rescue' },
      { source: 'C', stance: 'states', text: 'In a moment captured on video that quickly went viral' },
    ],
  },
  {
    id: 'parents-absent',
    concerns: 'conduct',
    statement: 'A post credited to LCI, reproduced in Report A, said the boy’s parents were not there.',
    evidence: [
      {
        source: 'A',
        stance: 'states',
        text: 'Les parents de l\'enfant n\'étaient pas présents',
        lang: 'fr',
        context: INFOS_FRANCAISES,
        translation: 'The child’s parents were not there',
      },
    ],
  },
  {
    id: 'mother-away',
    concerns: 'conduct',
    statement: 'Report A says the boy’s mother was reportedly not in Paris.',
    evidence: [{ source: 'A', stance: 'states', text: 'The child’s mother was reportedly not in Paris at the time of the incident.' }],
  },
  {
    id: 'mayor-asked',
    statement: 'The mayor of Paris wrote that she wanted to know who the man was, to congratulate him.',
    evidence: [
      {
        source: 'A',
        stance: 'states',
        text: 'savoir qui est le Spiderman du 18ème pour le féliciter.',
        lang: 'fr',
        context: MAYOR,
        translation: 'to know who the Spiderman of the 18th is, so that I can congratulate him',
      },
    ],
  },
  {
    id: 'mayor-phoned',
    statement: 'The mayor wrote that she had spoken to him by phone.',
    evidence: [{ source: 'A', stance: 'states', text: 'Later, Hidalgo wrote that she had talked to Gassman [sic] on the phone.' }],
  },
  {
    id: 'arrived-months',
    statement: 'He told the mayor, she wrote, that he had arrived from Mali a few months before.',
    evidence: [{ source: 'A', stance: 'states', text: 'He explained to me that he arrived from Mali a few months ago' }],
  },
  {
    id: 'nickname',
    statement: 'The English-language reports call him “Spider-Man”, in quotation marks.',
    evidence: [
      { source: 'A', stance: 'states', text: 'Paris Mayor Anne Hidalgo called Gassama the ‘Spider-Man of the 18th’ on social media.' },
      { source: 'B', stance: 'states', text: '‘Spider-Man,’ as Mamoudou Gassama is now often called' },
      { source: 'C', stance: 'states', text: '‘Spider-Man,’ as he has since been dubbed' },
    ],
  },
  {
    id: 'father-investigated',
    concerns: 'conduct',
    statement: 'Report A says the boy’s father was allegedly out shopping and is being investigated for neglect; Report C, citing CBS, that he was temporarily detained.',
    evidence: [
      { source: 'A', stance: 'states', text: 'The child’s father was allegedly out shopping when the incident took place and is now being investigated for neglect.' },
      { source: 'C', stance: 'states', text: 'who left him alone so he could go shopping … was temporarily detained for neglect' },
    ],
  },
  // The meeting
  {
    id: 'met-monday',
    statement: 'He met the president on the Monday after the climb, 28 May.',
    evidence: [
      { source: 'A', stance: 'states', text: 'Macron invited Gassama to the Élysée Palace for a sit-down on Monday' },
      { source: 'B', stance: 'states', text: 'President Emmanuel Macron invited Gassama to the Élysée Palace on Monday, May 28' },
      { source: 'C', stance: 'states', text: 'In his meeting with Macron Monday' },
    ],
  },
  {
    id: 'at-elysee',
    statement: 'The president received him at the Élysée Palace.',
    evidence: [
      { source: 'A', stance: 'states', text: 'French President Emmanuel Macron speaks with Mamoudou Gassama, 22, from Mali, at the presidential Élysée Palace in Paris' },
      { source: 'B', stance: 'states', text: 'President Emmanuel Macron invited Gassama to the Élysée Palace' },
    ],
  },
  {
    id: 'god-helped',
    statement: 'He told the president that God had helped him.',
    discrepancyId: 'words-climbed',
    evidence: [
      { source: 'A', stance: 'states', text: 'I just climbed up and thank God, God helped me.' },
      { source: 'B', stance: 'states', text: 'I climbed up and God helped me.' },
      { source: 'C', stance: 'states', text: 'Gassama said God helped him in his efforts.' },
    ],
  },
  {
    id: 'saved-a-child',
    statement: 'The president told him he had saved a child.',
    evidence: [
      { source: 'A', stance: 'states', text: 'You saved a child. Without you, no one knows what would have become of him' },
      { source: 'C', stance: 'states', text: 'You saved a child. Without you, no one knows what would have become of him' },
    ],
  },
  {
    id: 'gold-medal',
    statement: 'He was given a gold medal.',
    discrepancyId: 'medal',
    evidence: [
      { source: 'A', stance: 'states', text: 'Macron awarded Gassama a gold medal from the French state for his ‘courage and devotion’' },
      { source: 'B', stance: 'states', text: 'He was also given a gold medal and a certificate to commemorate his act of courage, according to the Telegraph' },
    ],
  },
  {
    id: 'status-regularised',
    concerns: 'legal-status',
    statement: 'The president said Gassama’s status in France would be regularised.',
    discrepancyId: 'papers-when',
    evidence: [
      {
        source: 'A',
        stance: 'states',
        text: 'il allait être régularisé dans les plus brefs délais',
        lang: 'fr',
        context: PRESIDENT,
        translation: 'his status would be regularised as soon as possible',
      },
      { source: 'B', stance: 'states', text: 'Gassama is set to receive his residency permit on Tuesday, May 29.' },
      { source: 'C', stance: 'states', text: 'we are obviously, today, going to regularize all your papers.' },
    ],
  },
  {
    id: 'citizenship',
    concerns: 'legal-status',
    statement: 'Each report speaks of French citizenship for him, in different terms.',
    discrepancyId: 'citizenship',
    evidence: [
      { source: 'A', stance: 'states', text: 'he denied there was any contradiction between that and awarding Gassama citizenship.' },
      { source: 'B', stance: 'states', text: 'has been offered honorary French citizenship' },
      { source: 'C', stance: 'states', text: 'by offering him French citizenship' },
    ],
  },
  {
    id: 'brigade-job',
    statement: 'The president spoke of a place for him in the Paris fire brigade.',
    discrepancyId: 'brigade-offer',
    evidence: [
      { source: 'A', stance: 'states', text: 'offered him a job as a firefighter.' },
      { source: 'B', stance: 'states', text: 'If this fits your wishes, you could join the fire brigade' },
      { source: 'C', stance: 'states', text: 'as well as a potential job as a firefighter' },
    ],
  },
  {
    id: 'papers-italy',
    concerns: 'legal-status',
    statement: 'He said he had papers allowing him to stay in Italy.',
    discrepancyId: 'legal-status',
    evidence: [
      { source: 'A', stance: 'states', text: 'Gassama said he had papers to legally stay in Italy' },
      { source: 'C', stance: 'states', text: 'Gassama says he was authorized to stay legally in Italy' },
    ],
  },
  {
    id: 'entered-illegally',
    concerns: 'legal-status',
    statement: 'Report C says he entered France illegally.',
    discrepancyId: 'legal-status',
    evidence: [{ source: 'C', stance: 'states', text: 'a 22-year-old immigrant from Mali who entered France illegally' }],
  },
  {
    id: 'brother-years',
    statement: 'He said his older brother had lived in France for years.',
    discrepancyId: 'brother-years',
    evidence: [
      { source: 'A', stance: 'states', text: 'his older brother who has lived in France for years.' },
      { source: 'C', stance: 'differs', text: 'his older brother, who has lived in the country for decades.' },
    ],
  },
  {
    id: 'tightening-laws',
    statement: 'Report A says the president was tightening France’s immigration laws at the time.',
    evidence: [
      { source: 'A', stance: 'states', text: 'The French president is in the process of tightening the country’s immigration laws' },
    ],
  },
  {
    id: 'exceptional-act',
    statement: 'The president called what he did an exceptional act.',
    evidence: [
      { source: 'A', stance: 'states', text: '‘An exceptional act does not make policy,’ he told reporters.' },
      { source: 'C', stance: 'states', text: 'Because of his ‘exceptional act,’ said Macron' },
    ],
  },
  // Aftermath
  {
    id: 'permit-tuesday',
    concerns: 'legal-status',
    statement: 'Report B says he was set to receive his residency permit on Tuesday 29 May.',
    discrepancyId: 'papers-when',
    evidence: [{ source: 'B', stance: 'states', text: 'After his meeting with president Macron, Gassama is set to receive his residency permit on Tuesday, May 29.' }],
  },
  {
    id: 'brigade-welcome',
    statement: 'The Paris fire brigade was ready to welcome him.',
    evidence: [
      {
        source: 'A',
        stance: 'states',
        text: 'la brigade des sapeurs-pompiers de Paris était prête à l’accueillir.',
        lang: 'fr',
        context: PRESIDENT,
        translation: 'the Paris fire brigade was ready to welcome him',
      },
      { source: 'B', stance: 'states', text: 'the Paris fire brigade, which expressed its warm welcome for the sudden hero.' },
    ],
  },
  {
    id: 'father-court',
    concerns: 'conduct',
    statement: 'Report C, citing CBS, says the boy’s father was due in court in September.',
    evidence: [{ source: 'C', stance: 'states', text: 'is scheduled to appear in court in September.' }],
  },
];
