// Lets the reader relabel the floors: French étages or storeys from the street.
//   <FloorCountingSwitch counting={counting} onChange={setCounting} />
import { ChoiceButtons } from '../../../../kit/components/ChoiceButtons.tsx';
import type { FloorCounting } from './RescueScene.FloorLabels.tsx';

const OPTIONS: { value: FloorCounting; label: string }[] = [
  { value: 'etage', label: 'as French étages' },
  { value: 'storey', label: 'as storeys' },
];

interface FloorCountingSwitchProps {
  /** The counting in use. */
  counting: FloorCounting;
  /** Called with the counting the reader picks. */
  onChange: (counting: FloorCounting) => void;
}

export function FloorCountingSwitch({ counting, onChange }: FloorCountingSwitchProps) {
  return (
    <ChoiceButtons label="Label the floors" options={OPTIONS} value={counting} onChange={onChange} block="switch" dataName="counting-option" />
  );
}
