// The regulation's default required level of the managerial and socio-cultural competencies by position kind and
// functional level (PermenPANRB 38/2017, as docs/domain.md summarises it), shown beside a standard for reference;
// agencies may require more, and technical competencies have no default (they are per post).
import type { CompetencyType, FunctionalLevel, PositionKind } from '../graphql/generated/graphql';

const BY_KIND: Record<Exclude<PositionKind, 'FUNGSIONAL'>, number> = {
  JPT_UTAMA: 5,
  JPT_MADYA: 5,
  JPT_PRATAMA: 4,
  ADMINISTRATOR: 3,
  PENGAWAS: 2,
  PELAKSANA: 1,
};

// Keterampilan levels default to 1; the regulation notes that Penyelia is sometimes set at 2.
const BY_FUNCTIONAL_LEVEL: Record<FunctionalLevel, number> = {
  AHLI_UTAMA: 4,
  AHLI_MADYA: 3,
  AHLI_MUDA: 2,
  AHLI_PERTAMA: 1,
  PENYELIA: 1,
  MAHIR: 1,
  TERAMPIL: 1,
  PEMULA: 1,
};

export function regulationDefaultLevel(
  type: CompetencyType,
  kind: PositionKind,
  functionalLevel: FunctionalLevel | null | undefined,
): number | null {
  if (type !== 'MANAGERIAL' && type !== 'SOCIO_CULTURAL') return null;
  if (kind !== 'FUNGSIONAL') return BY_KIND[kind];
  return functionalLevel ? BY_FUNCTIONAL_LEVEL[functionalLevel] : null;
}
