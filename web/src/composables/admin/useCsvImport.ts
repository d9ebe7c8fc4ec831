// The assessment-centre CSV import in two steps: a dry run that checks every row on the server and saves nothing
// (the preview: each bad row with its line, its text and the reason), then the import itself once every row is good.
import { useMutation } from '@vue/apollo-composable';
import { computed, ref } from 'vue';
import { ImportAssessmentsDocument, type ImportAssessmentsMutation } from '../../graphql/generated/graphql';

export interface ImportProblem {
  line: number;
  field: string;
  reason: string;
  /** The line as the file has it, so the administrator sees what to fix. */
  text: string;
}

type ImportResult = ImportAssessmentsMutation['importAssessments'];

/** The per-row problems the server attaches to CSV_ROWS_INVALID, with each line's own text. */
export function problemsOf(error: unknown, csv: string): ImportProblem[] {
  const graphQLErrors = (error as { graphQLErrors?: { extensions?: Record<string, unknown> }[] } | null)?.graphQLErrors;
  const rows = graphQLErrors?.find((item) => item.extensions?.reason === 'CSV_ROWS_INVALID')?.extensions?.rows;
  if (!Array.isArray(rows)) return [];
  const lines = csv.split(/\r\n|\n|\r/);
  return (rows as { line: number; field: string; reason: string }[]).map((row) => ({
    ...row,
    text: lines[row.line - 1] ?? '',
  }));
}

export function useAssessmentImport() {
  const { mutate, loading, error } = useMutation(ImportAssessmentsDocument);
  const csv = ref('');
  const rowCount = ref(0);
  const preview = ref<ImportResult | null>(null);
  const imported = ref<ImportResult | null>(null);
  const problems = computed(() => problemsOf(error.value, csv.value));
  /** Errors about the file as a whole (header, size), which the page shows as an alert. */
  const fileError = computed(() => (problems.value.length > 0 ? null : error.value));

  async function run(dryRun: boolean, assessor: string): Promise<ImportResult | null> {
    const result = await mutate({ input: { csv: csv.value, assessor, dryRun } }).catch(() => null);
    return result?.data?.importAssessments ?? null;
  }

  async function check(text: string, assessor: string): Promise<void> {
    csv.value = text;
    rowCount.value = text.split(/\r\n|\n|\r/).filter((line) => line.trim() !== '').length - 1;
    preview.value = null;
    imported.value = null;
    preview.value = await run(true, assessor);
  }

  async function confirm(assessor: string): Promise<void> {
    imported.value = await run(false, assessor);
    if (imported.value) preview.value = null;
  }

  return { check, confirm, rowCount, preview, imported, problems, fileError, loading };
}
