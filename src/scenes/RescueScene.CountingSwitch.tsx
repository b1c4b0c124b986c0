// Lets the reader relabel the floors: French étages or storeys from the street.
//   <FloorCountingSwitch counting={counting} onChange={setCounting} />
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
    <div className="switch" role="group" aria-label="Label the floors">
      {OPTIONS.map((option) => (
        <button
          key={option.value}
          type="button"
          className="switch__option"
          aria-pressed={counting === option.value}
          data-counting-option={option.value}
          onClick={() => onChange(option.value)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
