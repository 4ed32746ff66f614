// The managed taxonomy of handover situations and problem tags (DOMAIN.md). Loaded by a migration;
// keys are stable identifiers, labels are Danish. A term may have a parent (the tree is shallow).

export type TaxonomyKind = 'SITUATION' | 'PROBLEM';

export interface TaxonomyTermData {
  key: string;
  kind: TaxonomyKind;
  labelDa: string;
  parentKey?: string;
}

export const TAXONOMY: readonly TaxonomyTermData[] = [
  // Situations: where a handover starts
  { key: 'discharge', kind: 'SITUATION', labelDa: 'Udskrivning fra psykiatrien' },
  { key: 'discharge-adult-psychiatry', kind: 'SITUATION', labelDa: 'Udskrivning fra voksenpsykiatrien', parentKey: 'discharge' },
  {
    key: 'discharge-child-youth-psychiatry',
    kind: 'SITUATION',
    labelDa: 'Udskrivning fra børne- og ungdomspsykiatrien (BUP)',
    parentKey: 'discharge',
  },
  { key: 'suicidal-behaviour', kind: 'SITUATION', labelDa: 'Selvmordsforsøg og selvmordsadfærd' },
  { key: 'self-harm', kind: 'SITUATION', labelDa: 'Selvskade', parentKey: 'suicidal-behaviour' },
  { key: 'psychiatric-assessment', kind: 'SITUATION', labelDa: 'Psykiatrisk screening og udredning' },
  { key: 'transition-18', kind: 'SITUATION', labelDa: 'Overgangen til voksenlivet ved 18 år' },
  { key: 'dual-diagnosis', kind: 'SITUATION', labelDa: 'Dobbeltdiagnose (psykisk sygdom og misbrug)' },
  { key: 'school-absence', kind: 'SITUATION', labelDa: 'Skolefravær og frafald' },
  { key: 'youth-without-education', kind: 'SITUATION', labelDa: 'Unge uden uddannelse eller job (15-25 år)' },
  { key: 'no-fixed-address', kind: 'SITUATION', labelDa: 'Uden fast adresse eller flere bopælskommuner' },
  // Problem tags: what the citizen struggles with
  { key: 'mental-health', kind: 'PROBLEM', labelDa: 'Psykisk mistrivsel' },
  { key: 'eating-disorder', kind: 'PROBLEM', labelDa: 'Spiseforstyrrelser', parentKey: 'mental-health' },
  { key: 'anxiety', kind: 'PROBLEM', labelDa: 'Angst', parentKey: 'mental-health' },
  { key: 'depression', kind: 'PROBLEM', labelDa: 'Depression', parentKey: 'mental-health' },
  { key: 'autism', kind: 'PROBLEM', labelDa: 'Autisme', parentKey: 'mental-health' },
  { key: 'adhd', kind: 'PROBLEM', labelDa: 'ADHD', parentKey: 'mental-health' },
  { key: 'psychosis', kind: 'PROBLEM', labelDa: 'Psykose', parentKey: 'mental-health' },
  { key: 'self-injury', kind: 'PROBLEM', labelDa: 'Selvskade', parentKey: 'mental-health' },
  { key: 'suicidal-thoughts', kind: 'PROBLEM', labelDa: 'Selvmordstanker', parentKey: 'mental-health' },
  { key: 'grief', kind: 'PROBLEM', labelDa: 'Sorg' },
  { key: 'loneliness', kind: 'PROBLEM', labelDa: 'Ensomhed' },
  { key: 'family-violence', kind: 'PROBLEM', labelDa: 'Vold i familien' },
  { key: 'substance-misuse', kind: 'PROBLEM', labelDa: 'Misbrug' },
  { key: 'school', kind: 'PROBLEM', labelDa: 'Skole og uddannelse' },
  { key: 'employment', kind: 'PROBLEM', labelDa: 'Job og beskæftigelse' },
  { key: 'housing', kind: 'PROBLEM', labelDa: 'Bolig' },
];
