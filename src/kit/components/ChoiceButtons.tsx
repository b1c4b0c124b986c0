// A row of toggle buttons of which one is pressed: the floor-counting switch, the claims table's sort.
//   <ChoiceButtons label="Sort the claims" options={ORDERS} value={order} onChange={setOrder} block="claims__sort" dataName="sort" />
interface ChoiceButtonsProps<T extends string> {
  /** The group's accessible name. */
  label: string;
  /** The choices, in order, with their visible labels. */
  options: readonly { value: T; label: string }[];
  /** The choice in use (its button is pressed). */
  value: T;
  /** Called with the choice the reader picks. */
  onChange: (value: T) => void;
  /** CSS block: the group gets this class, each button `${block}__option`. */
  block: string;
  /** Each button carries `data-${dataName}` with its value, for tests and tooling. */
  dataName: string;
}

export function ChoiceButtons<T extends string>({ label, options, value, onChange, block, dataName }: ChoiceButtonsProps<T>) {
  return (
    <div className={block} role="group" aria-label={label}>
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          className={`${block}__option`}
          aria-pressed={value === option.value}
          {...{ [`data-${dataName}`]: option.value }}
          onClick={() => onChange(option.value)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
