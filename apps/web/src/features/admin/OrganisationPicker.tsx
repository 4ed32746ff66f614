import { useState } from 'react';
import { useQuery } from '../../lib/use-query';
import { ScopeNamesDocument } from './admin.operations';
import { SelectField } from '../../lib/SelectField';

/** An organisation chosen from those whose name holds the words typed (the first 100). */
export function OrganisationPicker({
  id,
  value,
  onChange,
  error,
  label = 'Organisation',
}: {
  id: string;
  value: string;
  onChange: (id: string) => void;
  error?: string | null;
  label?: string;
}) {
  const [words, setWords] = useState('');
  const state = useQuery(ScopeNamesDocument, { organisations: words.trim() ? { nameContains: words.trim() } : null });
  const options = state.status === 'done' ? state.data.organisations.edges.map((e) => [e.node.id, e.node.name] as const) : [];
  return (
    <div className="admin-picker">
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-search`}>
          Find {label.toLowerCase()} (ord i navnet)
        </label>
        <input id={`${id}-search`} type="search" className="form-input" value={words} onChange={(e) => setWords(e.target.value)} />
      </div>
      <SelectField id={id} label={label} error={error} empty="Vælg …" options={options} value={value} onChange={onChange} />
    </div>
  );
}
