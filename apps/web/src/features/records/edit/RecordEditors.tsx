import { useLocation } from 'wouter';
import { request } from '../../../lib/graphql';
import { useQuery } from '../../../lib/use-query';
import { ChannelsEditor } from './ChannelsEditor';
import { DeleteSection } from './delete/DeleteSection';
import { DeleteContactDocument, DeleteOfferDocument } from './delete/delete.operations';
import { OpeningHoursEditor } from './hours/OpeningHoursEditor';
import { OwnershipForm } from './owner/OwnershipForm';
import {
  ContactEditDocument,
  CreateContactDocument,
  OfferEditDocument,
  UpdateContactDocument,
  UpdateOfferDocument,
} from './edit.operations';
import { outcomeOf } from './form-errors';
import { RecordFieldsForm, type FieldSpec } from './RecordFieldsForm';

const OFFER_FIELDS: FieldSpec[] = [
  { name: 'name', label: 'Navn', required: true },
  { name: 'description', label: 'Beskrivelse', kind: 'textarea' },
  { name: 'helpText', label: 'Hvad tilbuddet hjælper med', kind: 'textarea' },
  { name: 'ageMin', label: 'Alder fra', kind: 'number', hint: 'Den yngste, tilbuddet er for (0–120 år).' },
  { name: 'ageMax', label: 'Alder til', kind: 'number', hint: 'Den ældste, tilbuddet er for (0–120 år).' },
  { name: 'waitingTime', label: 'Ventetid' },
  { name: 'cost', label: 'Pris' },
  { name: 'address', label: 'Adresse', hint: 'Fx Stengade 59, 3000 Helsingør.' },
];

const CONTACT_FIELDS: FieldSpec[] = [
  { name: 'name', label: 'Navn eller funktion', required: true, hint: 'Fx Vagttelefon, Socialpsykiatrien.' },
  { name: 'roleTitle', label: 'Stilling eller rolle' },
  { name: 'helpText', label: 'Hvad kontakten hjælper med', kind: 'textarea' },
];

/** The form of `/tilbud/<id>/ret`: the offer's own fields, then its channels one at a time. */
export function OfferEditor({ id }: { id: string }) {
  const state = useQuery(OfferEditDocument, { id });
  if (state.status === 'loading') return <p role="status">Henter tilbuddet …</p>;
  if (state.status === 'error') return <p className="alert alert-error">{state.message}</p>;
  const offer = state.data.offer;
  if (!offer) return null;
  return (
    <>
      <RecordFieldsForm
        idPrefix="offer"
        legend="Tilbuddets oplysninger"
        fields={OFFER_FIELDS}
        initial={offer}
        submitLabel="Gem tilbuddet"
        onSubmit={async (input) => outcomeOf((await request(UpdateOfferDocument, { id, input })).updateOffer, 'Tilbuddet er gemt.')}
      />
      <ChannelsEditor record="offer" recordId={id} initial={offer.channels} />
      <OpeningHoursEditor record="offer" recordId={id} initial={offer.openingHours ?? null} />
      <OwnershipForm
        record="offer"
        recordId={id}
        current={{ organisationId: offer.organisation.id, unitId: offer.unit?.id, owner: offer.owner }}
      />
      <DeleteSection
        what="tilbuddet"
        recordId={id}
        onDelete={async () => (await request(DeleteOfferDocument, { id })).deleteOffer}
        after={`/organisationer/${offer.organisation.id}`}
      />
    </>
  );
}

/** The form of `/kontakter/<id>/ret`. */
export function ContactEditor({ id }: { id: string }) {
  const state = useQuery(ContactEditDocument, { id });
  if (state.status === 'loading') return <p role="status">Henter kontakten …</p>;
  if (state.status === 'error') return <p className="alert alert-error">{state.message}</p>;
  const contact = state.data.contact;
  if (!contact) return null;
  return (
    <>
      <RecordFieldsForm
        idPrefix="contact"
        legend="Kontaktens oplysninger"
        fields={CONTACT_FIELDS}
        initial={contact}
        submitLabel="Gem kontakten"
        onSubmit={async (input) => outcomeOf((await request(UpdateContactDocument, { id, input })).updateContact, 'Kontakten er gemt.')}
      />
      <ChannelsEditor record="contact" recordId={id} initial={contact.channels} />
      <OpeningHoursEditor record="contact" recordId={id} initial={contact.openingHours ?? null} />
      <OwnershipForm
        record="contact"
        recordId={id}
        current={{ organisationId: contact.organisation.id, unitId: contact.unit?.id, owner: contact.owner, deputyId: contact.deputy?.id }}
      />
      <DeleteSection
        what="kontakten"
        recordId={id}
        onDelete={async () => (await request(DeleteContactDocument, { id })).deleteContact}
        after={`/organisationer/${contact.organisation.id}`}
      />
    </>
  );
}

/** The form of `/kontakter/ny?organisation=…&situation=…`: creates the contact, then opens its edit form for channels. */
export function NewContactForm({ organisationId, situation }: { organisationId: string; situation: string | null }) {
  const [, navigate] = useLocation();
  return (
    <RecordFieldsForm
      idPrefix="contact"
      legend="Den nye kontakt"
      fields={CONTACT_FIELDS}
      initial={{}}
      submitLabel="Opret kontakten"
      onSubmit={async (fields) => {
        const result = (
          await request(CreateContactDocument, {
            input: { ...fields, name: String(fields.name ?? ''), organisationId, situations: situation ? [situation] : null },
          })
        ).createContact;
        if (result.__typename === 'Contact') navigate(`/kontakter/${result.id}/ret`);
        return outcomeOf(result, 'Kontakten er oprettet.');
      }}
    />
  );
}
