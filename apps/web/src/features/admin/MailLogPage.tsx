import { useState } from 'react';
import type { MailLogQuery, MailStatus } from '../../gql/graphql';
import { formatDateTime } from '../../lib/danish-time';
import { request } from '../../lib/graphql';
import { usePageTitle } from '../../lib/page-title';
import { useQuery } from '../../lib/use-query';
import { AdminGate } from './AdminGate';
import { MailLogDocument, RetryMailDocument } from './admin-lists.operations';
import { FIRST_PAGE, MAIL_STATUS_LABELS, type Pager } from './labels';
import { Paging } from './Paging';
import { SelectField } from '../../lib/SelectField';
import { isFailure } from '../../lib/mutation-failure';

const PAGE_SIZE = 25;
type Message = MailLogQuery['mailMessages']['edges'][number]['node'];

/** `/administration/maillog`: every message, newest first, with its status, attempts and the last error. */
export function MailLogPage() {
  usePageTitle('Maillog');
  return (
    <AdminGate>
      <h1>Maillog</h1>
      <p>
        Hvad Vejviser har sendt til hvem, og hvordan det gik. En mail, der fejler, prøves igen med stigende pause, til den er opgivet; en
        opgivet mail kan du sende igen med «Prøv igen».
      </p>
      <MailLog />
    </AdminGate>
  );
}

function MailLog() {
  const [status, setStatus] = useState<MailStatus | ''>('');
  const [pager, setPager] = useState<Pager>(FIRST_PAGE);
  const state = useQuery(MailLogDocument, { status: status || null, first: PAGE_SIZE, after: pager.after });
  return (
    <>
      <SelectField
        id="mail-status"
        label="Vis mails med status"
        empty="Alle"
        options={Object.entries(MAIL_STATUS_LABELS)}
        value={status}
        onChange={(chosen) => {
          setStatus(chosen as MailStatus | '');
          setPager(FIRST_PAGE);
        }}
      />
      {state.status === 'loading' && <p role="status">Henter maillog …</p>}
      {state.status === 'error' && (
        <div className="alert alert-error" role="alert">
          <p className="alert-text">{state.message}</p>
        </div>
      )}
      {state.status === 'done' &&
        (state.data.mailMessages.edges.length === 0 ? (
          <p>Ingen mails med den status.</p>
        ) : (
          <>
            <div className="table--responsive-scroll">
              <table className="table table--compact">
                <caption className="sr-only">Mails, nyeste først</caption>
                <thead>
                  <tr>
                    <th scope="col">Lagt i kø</th>
                    <th scope="col">Emne</th>
                    <th scope="col">Modtagere</th>
                    <th scope="col">Status</th>
                    <th scope="col">Forsøg</th>
                  </tr>
                </thead>
                <tbody>
                  {state.data.mailMessages.edges.map(({ node }) => (
                    <MessageRow key={node.id} message={node} />
                  ))}
                </tbody>
              </table>
            </div>
            <Paging
              pager={pager}
              onChange={setPager}
              hasNextPage={state.data.mailMessages.pageInfo.hasNextPage}
              endCursor={state.data.mailMessages.pageInfo.endCursor}
              shown={state.data.mailMessages.edges.length}
              total={state.data.mailMessages.totalCount}
              pageSize={PAGE_SIZE}
            />
          </>
        ))}
    </>
  );
}

function MessageRow({ message }: { message: Message }) {
  const [status, setStatus] = useState(message.status);
  const [answer, setAnswer] = useState<string | null>(null);
  const m = { ...message, status };
  const retry =
    m.status === 'QUEUED' && m.attempts > 0
      ? `Prøves igen (${m.attempts} af ${m.maxAttempts} forsøg brugt)`
      : m.status === 'FAILED'
        ? `Opgivet efter ${m.attempts} forsøg`
        : `${m.attempts} af højst ${m.maxAttempts}`;
  return (
    <tr>
      <td>{formatDateTime(m.createdAt)}</td>
      <td>
        {m.subject}
        <br />
        <span className="form-hint">{m.template}</span>
      </td>
      <td>{m.recipients.join(', ')}</td>
      <td>
        {MAIL_STATUS_LABELS[m.status]}
        {status !== message.status && <> igen</>}
        {m.sentAt && <> {formatDateTime(m.sentAt)}</>}
      </td>
      <td>
        {retry}
        {m.lastError && (
          <>
            <br />
            <span>Sidste fejl: {m.lastError}</span>
          </>
        )}
        {m.status === 'FAILED' && (
          <>
            <br />
            <button
              type="button"
              className="button button-secondary"
              aria-label={`Prøv igen: ${m.subject} til ${m.recipients.join(', ')}`}
              onClick={async () => {
                const { retryMail } = await request(RetryMailDocument, { id: m.id });
                if (isFailure(retryMail)) setAnswer(retryMail.message);
                else setStatus(retryMail.status);
              }}
            >
              Prøv igen
            </button>
          </>
        )}
        <span role="status">{answer}</span>
      </td>
    </tr>
  );
}
