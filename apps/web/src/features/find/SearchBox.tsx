import { useEffect, useId, useState, type FormEvent } from 'react';
import { Highlighted, useComboboxKeys } from '../../lib/combobox';
import { request } from '../../lib/graphql';
import { Icon } from '../../lib/Icon';
import type { FindSuggestQuery } from '../../gql/graphql';
import { FIND_SUGGEST } from './find.operations';

export type Suggestion = FindSuggestQuery['suggest'][number];

const KIND_WORDS: Record<string, string> = {
  MUNICIPALITY: 'Kommune',
  SITUATION: 'Situation',
  ORGANISATION: 'Organisation',
  OFFER: 'Tilbud',
};

/** The word being typed: suggestions complete it. */
const lastWord = (text: string) => /[^\s]*$/.exec(text)?.[0] ?? '';

/**
 * The search field (dkfds "search") as a combobox: names that complete the word being typed appear from the first
 * letter, the matching part marked; arrow keys move, Enter picks, Escape closes. Submitting searches the text.
 */
export function SearchBox(props: { value: string; onSubmit: (text: string) => void; onPick: (text: string, picked: Suggestion) => void }) {
  const [text, setText] = useState(props.value);
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  /** The word the suggestions shown complete (they stay until the next word's arrive). */
  const [suggestedFor, setSuggestedFor] = useState('');
  const [open, setOpen] = useState(false);
  const id = useId();
  const listId = `${id}-forslag`;
  const word = lastWord(text);

  useEffect(() => setText(props.value), [props.value]);

  useEffect(() => {
    if (!open || word.length === 0) {
      setSuggestions([]);
      return;
    }
    const controller = new AbortController();
    request(FIND_SUGGEST, { prefix: word }, controller.signal).then(
      (data) => {
        setSuggestions(data.suggest);
        setSuggestedFor(word);
        setActive(-1);
      },
      () => undefined,
    );
    return () => controller.abort();
  }, [word, open]);

  const shown = open && suggestions.length > 0;

  const pick = (suggestion: Suggestion) => {
    const before = text.slice(0, text.length - word.length);
    const next = suggestion.kind === 'SITUATION' ? before.trim() : `${before}${suggestion.label}`;
    setText(next);
    setOpen(false);
    props.onPick(next, suggestion);
  };

  const { active, setActive, onKeyDown } = useComboboxKeys(suggestions, shown, pick, () => setOpen(false));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setOpen(false);
    props.onSubmit(text.trim());
  };

  return (
    <form role="search" className="find-search" onSubmit={submit}>
      <label className="form-label" htmlFor={`${id}-q`}>
        Hvem søger du? Skriv fx situation, kommune og alder
      </label>
      <span className="form-hint" id={`${id}-hint`}>
        Fx »udskrivning BUP Helsingør 17 år«. Skriv aldrig borgerens navn eller CPR-nummer.
      </span>
      <div className="form-group search find-combobox">
        <input
          className="form-input"
          id={`${id}-q`}
          name="q"
          type="search"
          autoComplete="off"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={shown}
          aria-controls={listId}
          aria-describedby={`${id}-hint`}
          aria-activedescendant={shown && active >= 0 ? `${listId}-${active}` : undefined}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
        />
        <button className="button button-search" type="submit">
          <Icon name="search" className="m-0" />
          <span className="sr-only">Søg</span>
        </button>
        <ul className="find-suggestions" id={listId} role="listbox" aria-label="Forslag" hidden={!shown}>
          {suggestions.map((s, i) => {
            return (
              <li
                key={`${s.kind}-${s.code ?? ''}-${s.label}-${i}`}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'active' : undefined}
                onMouseDown={(event) => {
                  event.preventDefault();
                  pick(s);
                }}
              >
                <span elementtiming={`find-suggestion:${suggestedFor}`}>
                  <Highlighted label={s.label} typed={word} />
                </span>
                <span className="find-suggestion-kind">
                  {KIND_WORDS[s.kind] ?? s.kind}
                  {s.detail ? ` · ${s.detail}` : ''}
                </span>
              </li>
            );
          })}
        </ul>
      </div>
    </form>
  );
}
