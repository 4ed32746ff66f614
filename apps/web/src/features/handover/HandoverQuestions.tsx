import { useId, useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { useQuery } from '../../lib/use-query';
import { pagePath } from './handover-params';
import { MunicipalityField, type MunicipalityChoice } from './MunicipalityField';
import { HandoverChoices } from './handover.operations';

/** The municipality typed as a code ("0217") or a name ("helsingør", accents and case ignored). */
export function findMunicipality(list: readonly MunicipalityChoice[], typed: string): MunicipalityChoice | null {
  const fold = (s: string) =>
    s
      .trim()
      .toLocaleLowerCase('da')
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/ kommune$/, '');
  const wanted = fold(typed);
  return list.find((m) => m.code === typed.trim() || fold(m.name) === wanted) ?? null;
}

/** The first question: the citizen's municipality. The answer comes straight after; age, situation and time refine it there. */
export function HandoverQuestions() {
  const [, navigate] = useLocation();
  const choices = useQuery(HandoverChoices, {});
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const municipalities = choices.status === 'done' ? choices.data.municipalities : [];

  const ask = (m: MunicipalityChoice) => navigate(pagePath({ municipality: m.code, age: null, situations: [], at: null }));

  function submit(event: FormEvent) {
    event.preventDefault();
    if (/\d{6}[- ]?\d{4}/.test(typed)) {
      setError('Det ligner et CPR-nummer. Skriv kun kommunens navn eller kode – aldrig oplysninger om borgeren.');
      return;
    }
    if (!typed.trim()) {
      setError('Skriv kommunens navn eller kode, fx Helsingør eller 0217.');
      return;
    }
    const found = findMunicipality(municipalities, typed);
    if (!found && municipalities.length) {
      setError(`Vi kender ikke kommunen "${typed.trim()}". Skriv navnet, fx Helsingør, eller koden med fire cifre, fx 0217.`);
      return;
    }
    if (found) ask(found);
    else navigate(pagePath({ municipality: typed.trim(), age: null, situations: [], at: null }));
  }

  return (
    <div className="handover text-width">
      <h1>Overlevering: hvem skal jeg ringe til nu?</h1>
      <p className="font-lead">Svar på ét spørgsmål og få nummeret. Bagefter kan du vælge alder, situation og tidspunkt.</p>
      <p>Skriv aldrig borgerens navn, CPR-nummer eller diagnose. Vejviser gemmer ikke dit spørgsmål.</p>
      <form onSubmit={submit} noValidate>
        <div className={`form-group${error ? ' form-error' : ''}`}>
          <label className="form-label" htmlFor={`${id}-m`}>
            Hvilken kommune hører borgeren til?
          </label>
          <span className="form-hint" id={`${id}-hint`}>
            Navn eller kommunekode, fx Helsingør eller 0217.
          </span>
          {error && (
            <span className="form-error-message" id={`${id}-error`} role="alert">
              <span className="sr-only">Fejl: </span>
              {error}
            </span>
          )}
          <MunicipalityField
            id={`${id}-m`}
            list={municipalities}
            value={typed}
            describedBy={`${id}-hint${error ? ` ${id}-error` : ''}`}
            invalid={!!error}
            onChange={(text) => {
              setTyped(text);
              setError(null);
            }}
            onPick={(m) => {
              setTyped(m.name);
              ask(m);
            }}
          />
        </div>
        <button type="submit" className="button button-primary handover-submit">
          Vis hvem jeg skal ringe til
        </button>
      </form>
    </div>
  );
}
