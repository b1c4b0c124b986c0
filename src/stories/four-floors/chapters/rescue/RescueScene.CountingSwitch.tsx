// Lets the reader relabel the floors: French étages or storeys from the street.
//   <FloorCountingSwitch copy={copy} counting={counting} onChange={setCounting} />
import { ChoiceButtons } from '../../../../kit/components/ChoiceButtons.tsx';
import type { FloorCounting } from './RescueScene.FloorLabels.tsx';
import type { RescueSceneWords } from './sceneTypes.ts';

interface FloorCountingSwitchProps {
  /** The switch's words. */
  copy: RescueSceneWords;
  /** The counting in use. */
  counting: FloorCounting;
  /** Called with the counting the reader picks. */
  onChange: (counting: FloorCounting) => void;
}

export function FloorCountingSwitch({ copy, counting, onChange }: FloorCountingSwitchProps) {
  const options: { value: FloorCounting; label: string }[] = [
    { value: 'etage', label: copy.asEtages },
    { value: 'storey', label: copy.asStoreys },
  ];
  return <ChoiceButtons label={copy.countingGroup} options={options} value={counting} onChange={onChange} block="switch" dataName="counting-option" />;
}
