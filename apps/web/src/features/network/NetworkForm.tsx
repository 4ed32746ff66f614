import { request } from '../../lib/graphql';
import { outcomeOf } from '../records/edit/form-errors';
import { useDraftForm } from './form-kit';
import { CreateNetworkDocument, UpdateNetworkDocument } from './network.operations';

type Field = 'name' | 'description' | 'contactEmail';
const LABELS: Record<Field, string> = { name: 'Navn', description: 'Beskrivelse', contactEmail: 'Koordinatorens e-mail' };

/**
 * A network's name, description and the coordinator's address, checked by the server; every invalid field at once.
 * Without `network` it creates one (administrators) and hands its id to `onSaved`.
 */
export function NetworkForm({
  network,
  onSaved,
}: {
  network?: { id: string; name: string; description?: string | null; contactEmail?: string | null };
  onSaved: (id: string) => void;
}) {
  const form = useDraftForm<Field>(
    { name: network?.name ?? '', description: network?.description ?? '', contactEmail: network?.contactEmail ?? '' },
    LABELS,
    'network',
  );
  const send = async () => {
    const { draft } = form;
    const input = { name: draft.name, description: draft.description.trim() || null, contactEmail: draft.contactEmail.trim() || null };
    const answer = network
      ? (await request(UpdateNetworkDocument, { id: network.id, input })).updateNetwork
      : (await request(CreateNetworkDocument, { input })).createNetwork;
    const outcome = outcomeOf(answer, network ? 'Netværket er gemt.' : 'Netværket er oprettet.');
    if (outcome.ok && answer.__typename === 'Network') onSaved(answer.id);
    return outcome;
  };
  return (
    <form noValidate onSubmit={form.submit(send, () => ({}))} className="record-form">
      {form.banner}
      {form.text('name')}
      {form.area('description')}
      {form.text('contactEmail', 'email', 'Afsender og arrangør af netværkets temadage.')}
      <button type="submit" className="button button-primary" disabled={form.busy}>
        {network ? 'Gem netværket' : 'Opret netværket'}
      </button>
    </form>
  );
}
