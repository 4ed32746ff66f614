import { useEffect, useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { request } from '../../lib/graphql';
import { Icon } from '../../lib/Icon';
import type { FindSuggestQuery } from '../../gql/graphql';
import { FIND_SUGGEST } from './find.operations';
import { highlightParts } from './format';

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
  const [active, setActive] = useState(-1);
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

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (!shown) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((a) => (a + 1) % suggestions.length);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((a) => (a <= 0 ? suggestions.length - 1 : a - 1));
    } else if (event.key === 'Escape') {
      setOpen(false);
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      pick(suggestions[active]);
    }
  };

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
            const parts = highlightParts(s.label, word);
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
                <span>
                  {parts.length === 3 ? (
                    <>
                      {parts[0]}
                      <mark>{parts[1]}</mark>
                      {parts[2]}
                    </>
                  ) : (
                    parts[0]
                  )}
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
