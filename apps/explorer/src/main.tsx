import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './explorer.css';
import { GraphiQL, type GraphiQLProps } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { examplesPlugin } from './examples-plugin.js';
import { EXAMPLES, SIGN_IN, signInHint } from './examples.js';

/** Same origin as the page: the API serves both, so no CORS and no other host. */
const fetcher: GraphiQLProps['fetcher'] = async (params, options) => {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...options?.headers },
    body: JSON.stringify(params),
  });
  return response.json();
};

const root = document.getElementById('explorer');
if (!root) throw new Error('#explorer mangler i siden');

const plugins = [examplesPlugin(EXAMPLES)];
const defaultTabs = [EXAMPLES[0], SIGN_IN].filter((e) => e !== undefined).map(({ query }) => ({ query, headers: signInHint }));

createRoot(root).render(
  <StrictMode>
    <GraphiQL
      fetcher={fetcher}
      plugins={plugins}
      defaultTabs={defaultTabs}
      defaultHeaders={signInHint}
      defaultEditorToolsVisibility="headers"
      shouldPersistHeaders={false}
    >
      <GraphiQL.Logo>Vejviser</GraphiQL.Logo>
    </GraphiQL>
  </StrictMode>,
);
