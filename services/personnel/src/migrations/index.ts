import { CreateEmployee1764000000000 } from './1764000000000-create-employee.js';

/** In the order they run. */
export const migrations = [CreateEmployee1764000000000];
