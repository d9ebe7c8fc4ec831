// A training is offered for new use (a session, a plan item, an enrolment) only while it and its provider are in
// use; once retired, both stay readable where they are already referenced (docs/domain.md, master data). A degree
// never is: it is studied through personnel's degree study (docs/domain.md, "Degree study").
import { assertNotRetired } from '@asn/common';
import { In, type DataSource } from 'typeorm';
import { Provider } from '../entities/provider.entity.js';
import type { Training } from '../entities/training.entity.js';
import { invalid } from '../errors.js';
import { offeredAsSession } from '../rules/offered-as-session.js';

/** Refuses, on its field, the first training that is a degree, retired or whose provider is; one query for the
 *  providers. */
export async function assertTrainingsInUse(
  dataSource: DataSource,
  uses: { training: Training; field: string }[],
): Promise<void> {
  for (const { training, field } of uses) {
    assertNotRetired(field, training);
    if (!offeredAsSession(training)) throw invalid(field, 'DEGREE_BY_STUDY');
  }
  const providerIds = [...new Set(uses.map(({ training }) => training.providerId))];
  if (providerIds.length === 0) return;
  const providers = await dataSource.getRepository(Provider).findBy({ id: In(providerIds) });
  for (const { training, field } of uses) {
    const provider = providers.find((row) => row.id === training.providerId);
    if (provider) assertNotRetired(field, provider);
  }
}
