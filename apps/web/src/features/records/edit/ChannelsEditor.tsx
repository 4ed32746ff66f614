import { useState, type FormEvent } from 'react';
import type { ChannelKind, Visibility } from '../../../gql/graphql';
import { KIND_LABEL } from '../../../lib/Channels';
import { TextField } from '../../../lib/TextField';
import { ErrorSummary, type Outcome } from './form-errors';
import { channelOperations, type ChannelItem, type ChannelDraft } from './channel-operations';

const VISIBILITY: Record<Visibility, string> = { PUBLIC: 'Alle kan se den', STAFF: 'Kun for fagpersoner' };
const LABELS = { kind: 'Type', value: 'Nummer eller adresse', label: 'Betegnelse', visibility: 'Hvem kan se den', '': 'Kanalen' };

function ChannelForm({
  idPrefix,
  initial,
  submitLabel,
  onSave,
  onCancel,
}: {
  idPrefix: string;
  initial: ChannelDraft;
  submitLabel: string;
  onSave: (draft: ChannelDraft) => Promise<Outcome>;
  onCancel?: () => void;
}) {
  const [draft, setDraft] = useState(initial);
  const [failed, setFailed] = useState<Extract<Outcome, { ok: false }> | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = failed?.fieldErrors ?? {};
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const outcome = await onSave(draft).catch((error: unknown): Outcome => ({
      ok: false,
      message: error instanceof Error ? error.message : String(error),
      fieldErrors: {},
    }));
    setBusy(false);
    if (outcome.ok) {
      setFailed(null);
      setDraft(initial);
    } else setFailed(outcome);
  };
  return (
    <form noValidate onSubmit={submit} className="channel-form">
      {failed ? <ErrorSummary message={failed.message} errors={errors} labels={LABELS} idPrefix={idPrefix} /> : null}
      <div className={`form-group${errors.kind ? ' form-error' : ''}`}>
        <label className="form-label" htmlFor={`${idPrefix}-kind`}>
          {LABELS.kind}
        </label>
        <select
          id={`${idPrefix}-kind`}
          className="form-select"
          value={draft.kind}
          onChange={(e) => setDraft({ ...draft, kind: e.target.value as ChannelKind })}
        >
          {Object.entries(KIND_LABEL).map(([kind, label]) => (
            <option key={kind} value={kind}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <TextField
        id={`${idPrefix}-value`}
        label={LABELS.value}
        hint="Telefon: 8 cifre. Hjemmeside, chat og video: begynder med https://."
        error={errors.value}
        value={draft.value}
        onChange={(e) => setDraft({ ...draft, value: e.target.value })}
      />
      <TextField
        id={`${idPrefix}-label`}
        label={LABELS.label}
        hint="Fx Direkte eller Vagttelefon (valgfri)."
        error={errors.label}
        value={draft.label}
        onChange={(e) => setDraft({ ...draft, label: e.target.value })}
      />
      <div className="form-group">
        <label className="form-label" htmlFor={`${idPrefix}-visibility`}>
          {LABELS.visibility}
        </label>
        <select
          id={`${idPrefix}-visibility`}
          className="form-select"
          value={draft.visibility}
          onChange={(e) => setDraft({ ...draft, visibility: e.target.value as Visibility })}
        >
          {Object.entries(VISIBILITY).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button-primary" disabled={busy}>
        {submitLabel}
      </button>
      {onCancel ? (
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Annuller
        </button>
      ) : null}
    </form>
  );
}

const EMPTY: ChannelDraft = { kind: 'PHONE', value: '', label: '', visibility: 'PUBLIC' };

/** A record's channels, one at a time: adding, changing or removing one leaves the others as they are. */
export function ChannelsEditor({ record, recordId, initial }: { record: 'offer' | 'contact'; recordId: string; initial: ChannelItem[] }) {
  const [channels, setChannels] = useState(initial);
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const ops = channelOperations(record, recordId);
  const saved = (message: string) => (result: { channels: ChannelItem[] } | Outcome) => {
    if ('channels' in result) {
      setChannels(result.channels);
      setNotice(message);
      return { ok: true, message } as Outcome;
    }
    return result;
  };
  return (
    <section className="channels-editor" aria-labelledby={`${record}-channels-heading`}>
      <h3 id={`${record}-channels-heading`}>Telefon, mail og andre kanaler</h3>
      <p role="status">{notice}</p>
      <ul className="nobullet-list">
        {channels.map((channel) => (
          <li key={channel.id} className="channel-item">
            {editing === channel.id ? (
              <ChannelForm
                idPrefix={`channel-${channel.id}`}
                initial={{ kind: channel.kind, value: channel.value, label: channel.label ?? '', visibility: channel.visibility }}
                submitLabel="Gem kanalen"
                onCancel={() => setEditing(null)}
                onSave={async (draft) => {
                  const outcome = saved('Kanalen er ændret.')(await ops.update(channel.id, draft));
                  if (outcome.ok) setEditing(null);
                  return outcome;
                }}
              />
            ) : (
              <>
                <p>
                  <strong>{KIND_LABEL[channel.kind] ?? channel.kind}:</strong> {channel.value}
                  {channel.label ? ` (${channel.label})` : ''}
                  {channel.visibility === 'STAFF' ? ' – kun for fagpersoner' : ''}
                </p>
                <button type="button" className="button button-secondary" onClick={() => setEditing(channel.id)}>
                  Ret <span className="sr-only">{channel.value}</span>
                </button>
                <button
                  type="button"
                  className="button button-tertiary"
                  onClick={async () => {
                    const outcome = saved('Kanalen er fjernet.')(await ops.remove(channel.id));
                    if (!outcome.ok) setNotice(outcome.message);
                  }}
                >
                  Fjern <span className="sr-only">{channel.value}</span>
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      <h4>Tilføj en kanal</h4>
      <ChannelForm
        idPrefix={`${record}-new-channel`}
        initial={EMPTY}
        submitLabel="Tilføj kanalen"
        onSave={async (draft) => saved('Kanalen er tilføjet.')(await ops.add(draft))}
      />
    </section>
  );
}
