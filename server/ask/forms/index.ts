// The registry of question forms, listed once. Order breaks ties between equally sure readings.
import { aboutForm } from './about.ts';
import { connectionForm } from './connection.ts';
import { eventsForm } from './events.ts';
import { figuresForm } from './figures.ts';
import { formerLeaderForm, leaderForm, leadershipRolesForm } from './leadership.ts';
import { holdingsForm, ownerForm, ultimateOwnerForm } from './ownership.ts';
import { predecessorForm, successorForm } from './succession.ts';
import { competitorsForm, partnersForm } from './symmetric.ts';
import { trafficBeneficiariesForm, trafficSourcesForm } from './traffic.ts';
import type { AskForm, FormId } from './types.ts';

export const FORMS: readonly AskForm[] = [
  competitorsForm,
  ownerForm,
  ultimateOwnerForm,
  holdingsForm,
  leaderForm,
  formerLeaderForm,
  leadershipRolesForm,
  successorForm,
  predecessorForm,
  partnersForm,
  trafficSourcesForm,
  trafficBeneficiariesForm,
  figuresForm,
  eventsForm,
  connectionForm,
  aboutForm,
];

const BY_ID = new Map<FormId, AskForm>(FORMS.map((form) => [form.id, form]));

export function formById(id: FormId): AskForm {
  const form = BY_ID.get(id);
  if (!form) throw new Error(`No question form "${id}".`);
  return form;
}

export type { AskForm, FormId } from './types.ts';
