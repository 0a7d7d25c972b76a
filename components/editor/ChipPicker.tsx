'use client';
// A list of chosen things (techniques, related detections) with a search box to add more: type an ID or words of a
// name, pick from the suggestions with the mouse or Enter.
import { useId, useState } from 'react';

export interface PickOption {
  id: string;
  label: string;
}

interface Props {
  label: string;
  placeholder: string;
  selected: readonly string[];
  onChange: (next: string[]) => void;
  search: (query: string, exclude: readonly string[]) => PickOption[];
  labelOf: (id: string) => string;
}

export function ChipPicker({ label, placeholder, selected, onChange, search, labelOf }: Props) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const options = search(query, selected);
  const pick = (option: PickOption | undefined) => {
    if (!option) return;
    onChange([...selected, option.id]);
    setQuery('');
    setActive(0);
  };

  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {selected.length ? (
        <ul className="mt-1 flex flex-wrap gap-1.5" aria-label={`${label} chosen`}>
          {selected.map((value) => (
            <li
              key={value}
              className="flex items-center gap-1 rounded-full bg-brand-50 py-0.5 pr-1 pl-2.5 text-sm text-brand-700 ring-1 ring-brand-100"
            >
              <span>{labelOf(value)}</span>
              <button
                type="button"
                onClick={() => onChange(selected.filter((s) => s !== value))}
                className="rounded-full px-1.5 text-brand-700 hover:bg-brand-100"
                aria-label={`Remove ${value}`}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="relative mt-1">
        <input
          id={id}
          type="search"
          role="combobox"
          aria-expanded={options.length > 0}
          aria-controls={`${id}-options`}
          autoComplete="off"
          value={query}
          placeholder={placeholder}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, options.length - 1));
            else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
            else if (e.key === 'Enter' && options.length) {
              e.preventDefault();
              pick(options[active]);
            } else return;
            e.preventDefault();
          }}
          className="w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm focus:border-brand-500 focus:outline-none"
        />
        {options.length ? (
          <div
            id={`${id}-options`}
            role="listbox"
            className="absolute z-20 mt-1 max-h-64 w-full overflow-auto rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg"
          >
            {options.map((option, i) => (
              <div
                key={option.id}
                role="option"
                tabIndex={-1}
                aria-selected={i === active}
                onMouseDown={(e) => {
                  e.preventDefault();
                  pick(option);
                }}
                className={`cursor-pointer px-3 py-1.5 ${i === active ? 'bg-brand-50 text-brand-700' : 'text-slate-700'}`}
              >
                {option.label}
              </div>
            ))}
          </div>
        ) : null}
      </div>
    </div>
  );
}
