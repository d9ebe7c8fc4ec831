// A CSV import in two steps, whatever it imports: a dry run that checks every row on the server and saves nothing
// (the preview: each bad row with its line, its text and the reason), then the import itself once every row is good.
import { computed, ref } from 'vue';

export interface ImportProblem {
  line: number;
  field: string;
  reason: string;
  /** The line as the file has it, so the administrator sees what to fix. */
  text: string;
}

/** What every import mutation answers: rows saved (or, for the dry run, that would be) and the people they concern. */
export interface ImportCounts {
  imported: number;
  employees: number;
}

/** Sends the file to the server; rejects with the API error when the file or a row is refused. */
export type RunImport = (csv: string, dryRun: boolean) => Promise<ImportCounts | null | undefined>;

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

export function useCsvImport(runImport: RunImport) {
  const csv = ref('');
  const rowCount = ref(0);
  const loading = ref(false);
  const error = ref<unknown>(null);
  const preview = ref<ImportCounts | null>(null);
  const imported = ref<ImportCounts | null>(null);
  const problems = computed(() => problemsOf(error.value, csv.value));
  /** Errors about the file as a whole (header, size), which the page shows as an alert. */
  const fileError = computed(() => (problems.value.length > 0 ? null : error.value));

  async function run(dryRun: boolean): Promise<ImportCounts | null> {
    loading.value = true;
    error.value = null;
    try {
      return (await runImport(csv.value, dryRun)) ?? null;
    } catch (caught) {
      error.value = caught;
      return null;
    } finally {
      loading.value = false;
    }
  }

  async function check(text: string): Promise<void> {
    csv.value = text;
    rowCount.value = text.split(/\r\n|\n|\r/).filter((line) => line.trim() !== '').length - 1;
    preview.value = null;
    imported.value = null;
    preview.value = await run(true);
  }

  async function confirm(): Promise<ImportCounts | null> {
    imported.value = await run(false);
    if (imported.value) preview.value = null;
    return imported.value;
  }

  return { check, confirm, rowCount, preview, imported, problems, fileError, loading };
}
