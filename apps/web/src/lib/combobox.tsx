import { useState, type KeyboardEvent } from 'react';
import { highlightParts } from './highlight';

/**
 * The keys of a combobox's suggestion list (WAI-ARIA combobox pattern): arrows move the active option round the
 * list, Enter picks it, Escape closes. `active` goes to aria-activedescendant; -1 is none.
 */
export function useComboboxKeys<T>(options: readonly T[], shown: boolean, pick: (option: T) => void, close: () => void) {
  const [active, setActive] = useState(-1);
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (!shown) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((a) => (a + 1) % options.length);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((a) => (a <= 0 ? options.length - 1 : a - 1));
    } else if (event.key === 'Escape') {
      close();
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      pick(options[active]);
    }
  };
  return { active, setActive, onKeyDown };
}

/** `label` with the part matching what was typed (at the start of a word, accents folded) in <mark>. */
export function Highlighted({ label, typed }: { label: string; typed: string }) {
  const parts = highlightParts(label, typed);
  if (parts.length === 1) return <>{label}</>;
  return (
    <>
      {parts[0]}
      <mark>{parts[1]}</mark>
      {parts[2]}
    </>
  );
}
