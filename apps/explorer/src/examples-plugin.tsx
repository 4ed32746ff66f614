import { useGraphiQL, useGraphiQLActions, type GraphiQLPlugin } from '@graphiql/react';
import type { Example } from './examples.js';

function ExampleList({ examples }: { examples: Example[] }) {
  const { addTab } = useGraphiQLActions();
  const queryEditor = useGraphiQL((state) => state.queryEditor);
  const open = (example: Example) => {
    addTab();
    // The new tab is empty; the editor then holds what the tab saves.
    queryEditor?.setValue(example.query);
  };
  return (
    <section className="vejviser-examples" aria-labelledby="vejviser-examples-title">
      <h2 id="vejviser-examples-title">Eksempler fra README</h2>
      <p>
        Klik på et eksempel for at åbne det i en ny fane og kør det med ▶. Eksempler med $-variabler skal have værdier under «Variables».
      </p>
      <ol>
        {examples.map((example, index) => (
          <li key={index}>
            <button type="button" onClick={() => open(example)}>
              {example.title}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}

function ExamplesIcon() {
  return (
    <svg viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.5">
      <path d="M5 4h11l3 3v13H5z M8 9h8 M8 13h8 M8 17h5" />
    </svg>
  );
}

export function examplesPlugin(examples: Example[]): GraphiQLPlugin {
  return { title: 'Eksempler', icon: ExamplesIcon, content: () => <ExampleList examples={examples} /> };
}
