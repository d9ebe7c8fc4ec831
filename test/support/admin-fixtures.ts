// Things a test needs to exist before it tries an operation (a session, an enrolment in a given state, a plan, a
// certificate, a ladder edge, a mentorship), made through the gateway as the agency's administrator. Each call makes
// a fresh one, so an operation that succeeds for one role leaves the next role's fixture untouched.
import { graphql, type GraphqlResponse } from './graphql-client.js';

export type EnrolmentStage = 'REQUESTED' | 'APPROVED' | 'ATTENDED' | 'COMPLETED' | 'RATED_LOW';
export type PlanStage = 'DRAFT' | 'SUBMITTED';

/** A catalog training that needs no prerequisite (DATA-DASAR). */
export const OPEN_TRAINING = '13';
export const SCHEME = '1';
const FUNCTIONAL_POSITIONS = [7, 9, 10, 11];
// 9 → 6 is on the seeded ladder (procurement Ahli Pertama to Kasubbag), so the fixtures' edges go to 4 instead.
const STRUCTURAL_POSITIONS = [1, 2, 3, 5, 4, 12];
/** Agency 1's employees of golongan IV or in a post above Ahli Pertama and Terampil (seeded), none of them a subject of the authorization
 *  table nor already mentoring one (the seed pairs 4 with 14 and 15, 10 with 33). */
const SENIORS = [1, 2, 3, 11, 12, 58, 8, 57, 56, 9, 13, 7, 5, 6, 20, 21, 22, 23, 29, 30, 31, 32, 46, 47, 48, 49, 50];

export class AdminFixtures {
  private counter = 0;
  private edges = 0;
  private mentors = 0;
  private readonly planYears = new Map<number, number>();

  /** `today` is the stack's date in agency 1 (its CLOCK_AT): attendance and results are only taken for sessions that
   *  have started and ended, so enrolments are made in a one-day session on that day. */
  constructor(
    readonly gatewayUrl: string,
    private readonly token: string,
    private readonly today?: string,
  ) {}

  /** A number never returned before by this object (unique names, NIPs, certificate numbers). */
  next(): number {
    this.counter += 1;
    return this.counter;
  }

  async run<T = Record<string, unknown>>(query: string, variables: Record<string, unknown>): Promise<T> {
    const result: GraphqlResponse<T> = await graphql<T>(this.gatewayUrl, query, variables, { token: this.token });
    if (result.errors?.length || !result.data) {
      throw new Error(`fixture failed: ${query.slice(0, 60)}: ${JSON.stringify(result.errors)}`);
    }
    return result.data;
  }

  /** A session open for registration: far in the future unless `on` names its one day (registration closing then). */
  async session(capacity = 100, on?: string): Promise<string> {
    const data = await this.run<{ createTrainingSession: { id: string } }>(
      `mutation ($input: CreateTrainingSessionInput!) { createTrainingSession(input: $input) { id } }`,
      {
        input: {
          trainingId: OPEN_TRAINING,
          name: `Angkatan uji ${this.next()}`,
          startDate: on ?? '2099-02-10',
          endDate: on ?? '2099-02-12',
          mode: 'ONLINE',
          location: 'Daring',
          capacity,
          registrationDeadline: on ?? '2099-02-01',
        },
      },
    );
    return data.createTrainingSession.id;
  }

  async enrolment(employeeId: number, stage: EnrolmentStage): Promise<string> {
    // Even a REQUESTED or APPROVED one may be attended next by the operation under test.
    if (!this.today && stage !== 'REQUESTED') throw new Error(`an enrolment ${stage} needs the stack's today`);
    const sessionId = await this.session(100, this.today);
    const request = await this.run<{ requestEnrolment: { id: string } }>(
      `mutation ($input: RequestEnrolmentInput!) { requestEnrolment(input: $input) { id } }`,
      { input: { employeeId: String(employeeId), sessionId } },
    );
    const enrolmentId = request.requestEnrolment.id;
    const steps: [EnrolmentStage, string][] = [
      ['APPROVED', 'approveEnrolment(input: { enrolmentId: $id }) { id }'],
      ['ATTENDED', 'recordAttendance(input: { enrolmentId: $id }) { id }'],
      ['COMPLETED', 'recordResults(input: { enrolmentId: $id, completed: true, postTestScore: 80 }) { id }'],
      ['RATED_LOW', 'rateApplication(input: { enrolmentId: $id, rating: 2, followUp: MENTORING }) { id }'],
    ];
    const wanted = ['REQUESTED', 'APPROVED', 'ATTENDED', 'COMPLETED', 'RATED_LOW'].indexOf(stage);
    for (const [index, [, mutation]] of steps.entries()) {
      if (index >= wanted) break;
      await this.run(`mutation ($id: ID!) { ${mutation} }`, { id: enrolmentId });
    }
    return enrolmentId;
  }

  /** A year without a plan for this employee yet (plans are one per employee and year, 2000-2100). */
  planYear(employeeId: number): number {
    const year = (this.planYears.get(employeeId) ?? 2040) + 1;
    this.planYears.set(employeeId, year);
    return year;
  }

  async plan(employeeId: number, stage: PlanStage): Promise<string> {
    const data = await this.run<{ addTrainingsToPlan: { id: string } }>(
      `mutation ($input: AddTrainingsToPlanInput!) { addTrainingsToPlan(input: $input) { id } }`,
      {
        input: {
          employeeId: String(employeeId),
          year: this.planYear(employeeId),
          items: [{ trainingId: OPEN_TRAINING }],
        },
      },
    );
    const planId = data.addTrainingsToPlan.id;
    if (stage === 'SUBMITTED') {
      await this.run(`mutation ($id: ID!) { submitDevelopmentPlan(input: { planId: $id }) { id } }`, { id: planId });
    }
    return planId;
  }

  async certificate(employeeId: number): Promise<string> {
    const data = await this.run<{ recordCertificate: { id: string } }>(
      `mutation ($input: RecordCertificateInput!) { recordCertificate(input: $input) { id } }`,
      { input: this.certificateInput(employeeId) },
    );
    return data.recordCertificate.id;
  }

  certificateInput(employeeId: number) {
    return { employeeId: String(employeeId), schemeId: SCHEME, number: `UJI-${this.next()}`, issuedOn: '2024-05-02' };
  }

  /** A diagonal move (functional to structural) of agency 1 not in the seeded ladder, different each call. */
  ladderEdgeInput() {
    const n = this.edges++;
    const from = FUNCTIONAL_POSITIONS[n % FUNCTIONAL_POSITIONS.length]!;
    const to = STRUCTURAL_POSITIONS[Math.floor(n / FUNCTIONAL_POSITIONS.length) % STRUCTURAL_POSITIONS.length]!;
    return { fromPositionId: String(from), toPositionId: String(to), kind: 'DIAGONAL', minYearsInPosition: 2 };
  }

  /** A mentor more senior than any subject (golongan IV), different each call: one running mentorship per pair. */
  mentor(): string {
    return String(SENIORS[this.mentors++ % SENIORS.length]);
  }

  async ladderEdge(): Promise<string> {
    const data = await this.run<{ createCareerLadderEdge: { id: string } }>(
      `mutation ($input: CreateCareerLadderEdgeInput!) { createCareerLadderEdge(input: $input) { id } }`,
      { input: this.ladderEdgeInput() },
    );
    return data.createCareerLadderEdge.id;
  }

  /** A running mentorship of the mentee: a new one with the next senior, or, once the table's many rows have gone
   *  round the seniors, the one already running between the two. */
  async mentorship(menteeId: number): Promise<string> {
    const mentorId = this.mentor();
    try {
      const data = await this.run<{ startMentorship: { id: string } }>(
        `mutation ($input: StartMentorshipInput!) { startMentorship(input: $input) { id } }`,
        { input: { mentorId, menteeId: String(menteeId), startsOn: '2025-01-06', focusCompetencyIds: ['1'] } },
      );
      return data.startMentorship.id;
    } catch (error) {
      if (!String(error).includes('MENTORSHIP_ACTIVE')) throw error;
      const { employee } = await this.run<{
        employee: { mentors: { id: string; active: boolean; mentor: { id: string } }[] };
      }>(`query ($id: ID!) { employee(id: $id) { mentors { id active mentor { id } } } }`, { id: String(menteeId) });
      return employee.mentors.find((entry) => entry.active && entry.mentor.id === mentorId)!.id;
    }
  }

  async employee(id: number): Promise<{ version: number; nip: string }> {
    const data = await this.run<{ employee: { version: number; nip: string } }>(
      `query ($id: ID!) { employee(id: $id) { version nip } }`,
      { id: String(id) },
    );
    return data.employee;
  }
}
