// Cooperation agreements and their activities (rules/partnership.ts decides; this checks, throws and writes,
// audited): the agency's list, create or edit, end early, record an activity. An administrator's work only.
import { auditedWrite, cleanName, freeText, intInRange, inTransaction, parseId } from '@asn/common';
import type { Context } from '../context.js';
import { PartnershipActivity } from '../entities/partnership-activity.entity.js';
import { Partnership } from '../entities/partnership.entity.js';
import { Placement } from '../entities/placement.entity.js';
import { Provider } from '../entities/provider.entity.js';
import { invalid, missing } from '../errors.js';
import type { EndPartnershipInput, PartnershipActivityInput, PartnershipInput } from '../inputs/partnership.input.js';
import { authorize } from '../policy.js';
import { checkActivity, checkAgreement, lastDayOf, MAX_AGREEMENT_YEARS } from '../rules/partnership.js';

/** Activities an agreement records: a large cohort of degree places or a lecture hall, never more. */
const MAX_PARTICIPANTS = 1000;

/** The caller's own agency, whose agreements an administrator keeps. */
function agencyOf({ identity }: Context): number {
  const agencyId = 'agencyId' in identity ? Number(identity.agencyId) : 0;
  authorize(identity, 'partnership:manage', { agencyId });
  return agencyId;
}

export function listPartnerships(context: Context): Promise<Partnership[]> {
  const agencyId = agencyOf(context);
  return context.dataSource
    .getRepository(Partnership)
    .find({ where: { agencyId }, order: { endsOn: 'ASC', id: 'ASC' } });
}

async function partnershipOf(context: Context, id: string, field: string): Promise<Partnership> {
  const row = await context.dataSource.getRepository(Partnership).findOneBy({ id: parseId(id, field) });
  if (!row) throw missing(field, 'PARTNERSHIP_NOT_FOUND');
  authorize(context.identity, 'partnership:manage', { agencyId: row.agencyId });
  return row;
}

export async function savePartnership(context: Context, input: PartnershipInput): Promise<Partnership> {
  const agencyId = agencyOf(context);
  const existing = input.id ? await partnershipOf(context, input.id, 'input.id') : null;
  const values = {
    partnerName: cleanName(input.partnerName, 'input.partnerName', 200),
    partnerKind: input.partnerKind,
    providerId: input.providerId ? parseId(input.providerId, 'input.providerId') : null,
    agreementKind: input.agreementKind,
    documentNumber: cleanName(input.documentNumber, 'input.documentNumber', 100),
    scope: freeText(input.scope, 'input.scope', { maxLength: 1000, required: true })!,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    contactName: cleanName(input.contactName, 'input.contactName'),
    contactInfo: freeText(input.contactInfo, 'input.contactInfo', { maxLength: 150 }),
  };
  const verdict = checkAgreement(values);
  if (verdict) throw invalid(verdict.field, verdict.reason, { max: MAX_AGREEMENT_YEARS });
  if (values.providerId !== null) {
    const provider = await context.dataSource.getRepository(Provider).findOneBy({ id: values.providerId });
    // A national provider (no agency) or the agency's own; never another agency's.
    if (!provider || (provider.agencyId !== null && provider.agencyId !== agencyId)) {
      throw missing('input.providerId', 'PROVIDER_NOT_FOUND');
    }
  }
  return inTransaction(context.dataSource, async (manager) => {
    const repository = manager.getRepository(Partnership);
    if (!existing) return repository.save(repository.create({ ...values, agencyId, endedOn: null }));
    const where = { id: existing.id };
    await auditedWrite(manager, Partnership, where, () => repository.update(where, values));
    return { ...existing, ...values };
  });
}

export async function endPartnership(context: Context, input: EndPartnershipInput): Promise<Partnership> {
  const row = await partnershipOf(context, input.id, 'input.id');
  const endedOn = input.endedOn ?? context.today;
  if (row.endedOn !== null) throw invalid('input.id', 'PARTNERSHIP_ENDED', { endedOn: row.endedOn });
  if (endedOn < row.startsOn || endedOn > row.endsOn) throw invalid('input.endedOn', 'ACTIVITY_OUTSIDE_AGREEMENT');
  await inTransaction(context.dataSource, (manager) => {
    const where = { id: row.id };
    return auditedWrite(manager, Partnership, where, () =>
      manager.getRepository(Partnership).update(where, { endedOn }),
    );
  });
  return { ...row, endedOn };
}

export async function recordPartnershipActivity(
  context: Context,
  input: PartnershipActivityInput,
): Promise<PartnershipActivity> {
  const row = await partnershipOf(context, input.partnershipId, 'input.partnershipId');
  const title = cleanName(input.title, 'input.title', 200);
  const participants = intInRange('input.participants', input.participants, 1, MAX_PARTICIPANTS);
  const note = freeText(input.note, 'input.note', { maxLength: 1000 });
  if (input.heldOn > context.today) throw invalid('input.heldOn', 'ACTIVITY_IN_FUTURE');
  const verdict = checkActivity(row, input.heldOn);
  if (verdict) throw invalid(verdict.field, verdict.reason, { lastDay: lastDayOf(row) });
  const placementId = input.placementId ? parseId(input.placementId, 'input.placementId') : null;
  if (placementId !== null) {
    const placement = await context.dataSource.getRepository(Placement).findOneBy({ id: placementId });
    if (!placement || placement.agencyId !== row.agencyId) throw missing('input.placementId', 'PLACEMENT_NOT_FOUND');
  }
  return inTransaction(context.dataSource, (manager) => {
    const repository = manager.getRepository(PartnershipActivity);
    return repository.save(
      repository.create({
        partnershipId: row.id,
        kind: input.kind,
        title,
        heldOn: input.heldOn,
        participants,
        placementId,
        note,
      }),
    );
  });
}
