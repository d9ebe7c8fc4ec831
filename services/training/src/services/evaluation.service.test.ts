import { describe, expect, it } from 'vitest';
import type { Identity } from '@asn/common';
import type { Context } from '../context.js';
import type { Enrolment } from '../entities/enrolment.entity.js';
import { ADMIN_AMBON } from '../testing/identities.js';
import { EnrolmentStatus } from '../types/enrolment-status.enum.js';
import { evaluateEnrolments } from './evaluation.service.js';

const KEY_WITHOUT_PII: Identity = { kind: 'apiKey', keyId: '1', agencyId: '1', scopes: ['training:read'] };
const KEY_WITH_PII: Identity = { kind: 'apiKey', keyId: '2', agencyId: '1', scopes: ['training:read', 'pii:read'] };

let nextId = 1;
const enrolment = (sessionId: number, reaction: number, application: number): Enrolment =>
  ({
    id: nextId,
    employeeId: nextId++,
    agencyId: 1,
    sessionId,
    trainingId: 1,
    status: EnrolmentStatus.COMPLETED,
    reactionRating: reaction,
    preTestScore: 50,
    postTestScore: 70,
    applicationRating: application,
  }) as Enrolment;
const as = (identity: Identity) => ({ identity }) as Context;

describe('a training evaluation shown without pii:read', () => {
  it('withholds the averages of a one-participant session, and its follow-up list', () => {
    const one = [enrolment(1, 2, 1)];
    const evaluation = evaluateEnrolments(as(KEY_WITHOUT_PII), one);
    expect(evaluation).toMatchObject({ participants: 1, averageReaction: null, averageLearningGain: null });
    expect(evaluation.applyingShare).toBeNull();
    expect(evaluation.followUps).toEqual([]);
    // Callers who may read the participant's ratings still see them.
    expect(evaluateEnrolments(as(KEY_WITH_PII), one)).toMatchObject({ averageReaction: 2, followUps: one });
    expect(evaluateEnrolments(as(ADMIN_AMBON), one)).toMatchObject({ averageReaction: 2 });
  });

  it('shows figures over 5 or more people, but not a training whose sessions differ from it by 1-4 people', () => {
    const big = Array.from({ length: 6 }, () => enrolment(1, 4, 4));
    expect(evaluateEnrolments(as(KEY_WITHOUT_PII), big)).toMatchObject({ averageReaction: 4, applyingShare: 1 });
    // Training = session 1 (6 people) + session 2 (1 person): training − session 1 would be that one person.
    const training = [...big, enrolment(2, 1, 1)];
    expect(evaluateEnrolments(as(KEY_WITHOUT_PII), training)).toMatchObject({
      averageReaction: null,
      averageLearningGain: null,
      applyingShare: null,
      followUps: [],
    });
  });
});
