import { useState } from 'react';
import { Highlighted, useComboboxKeys } from '../../lib/combobox';
import { highlightParts } from '../../lib/highlight';

export interface MunicipalityChoice {
  code: string;
  name: string;
}

const MAX_SUGGESTIONS = 8;

/** Municipalities whose name has a word starting with `typed`, or whose code starts with it (at most eight). */
export function suggestMunicipalities(list: readonly MunicipalityChoice[], typed: string): MunicipalityChoice[] {
  const text = typed.trim();
  if (!text) return [];
  if (/^\d+$/.test(text)) return list.filter((m) => m.code.startsWith(text)).slice(0, MAX_SUGGESTIONS);
  return list.filter((m) => highlightParts(m.name, text).length === 3).slice(0, MAX_SUGGESTIONS);
}

/**
 * The municipality as a combobox: suggestions from the first letter (name or code), the matching part marked;
 * arrow keys move, Enter or a click picks (and asks at once), Escape closes. Typing a whole name or code and
 * submitting the form works as well.
 */
export function MunicipalityField(props: {
  id: string;
  list: readonly MunicipalityChoice[];
  value: string;
  describedBy: string;
  invalid: boolean;
  onChange: (text: string) => void;
  onPick: (municipality: MunicipalityChoice) => void;
}) {
  const [open, setOpen] = useState(false);
  const listId = `${props.id}-forslag`;
  const matches = open ? suggestMunicipalities(props.list, props.value) : [];
  // Nothing left to suggest once the name or code is written in full.
  const done = matches.length === 1 && [matches[0].name, matches[0].code].some((v) => v.toLowerCase() === props.value.trim().toLowerCase());
  const suggestions = done ? [] : matches;
  const shown = suggestions.length > 0;

  const pick = (m: MunicipalityChoice) => {
    setOpen(false);
    props.onPick(m);
  };

  const { active, setActive, onKeyDown } = useComboboxKeys(suggestions, shown, pick, () => setOpen(false));

  return (
    <div className="handover-combobox">
      <input
        className="form-input input-width-m"
        id={props.id}
        name="kommune"
        autoComplete="off"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={listId}
        aria-describedby={props.describedBy}
        aria-invalid={props.invalid || undefined}
        aria-activedescendant={shown && active >= 0 ? `${listId}-${active}` : undefined}
        value={props.value}
        onChange={(event) => {
          props.onChange(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      <ul className="handover-suggestions" id={listId} role="listbox" aria-label="Kommuner" hidden={!shown}>
        {suggestions.map((m, i) => {
          return (
            <li
              key={m.code}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(event) => {
                event.preventDefault();
                pick(m);
              }}
            >
              {/^\d/.test(props.value.trim()) ? m.name : <Highlighted label={m.name} typed={props.value} />}{' '}
              <span className="handover-suggestion-code">{m.code}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
