// How the talent 9-box is drawn (docs/domain.md, "Talent management"): potensial rows (tinggi on top), kinerja columns
// (di bawah on the left). The box numbers and each box's axes come from the API, which numbers them by the regulation.
import { Kinerja, Potensial } from '../graphql/generated/graphql';

/** The API lists both axes from the top value down; kinerja is drawn rising to the right. */
export const POTENSIAL_ROWS = Object.values(Potensial);
export const KINERJA_COLUMNS = Object.values(Kinerja).reverse();
