import { useSearch } from 'wouter';
import { usePageTitle } from '../../lib/page-title';
import { HandoverAnswerView } from './HandoverAnswerView';
import { HandoverQuestions } from './HandoverQuestions';
import { parseQuestion } from './handover-params';
import './handover.css';

/**
 * /overlevering: without parameters the first question (the municipality: after one question the answer);
 * with them (kommune, alder, situationer, tidspunkt — links already shared keep working) the answer, whose
 * print view is the handover sheet.
 */
export function HandoverPage() {
  const question = parseQuestion(useSearch());
  usePageTitle(question ? 'Overlevering – svar' : 'Overlevering');
  return question ? <HandoverAnswerView question={question} /> : <HandoverQuestions />;
}
