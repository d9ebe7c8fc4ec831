import { CreateTrainingSchema1764000000000 } from './1764000000000-create-training-schema.js';
import { InsertJpDefaults1764000000001 } from './1764000000001-insert-jp-defaults.js';

/** In the order they run. */
export const migrations = [CreateTrainingSchema1764000000000, InsertJpDefaults1764000000001];
