import { CreateCertificate1764000000000 } from './1764000000000-create-certificate.js';

/** In the order they run. */
export const migrations = [CreateCertificate1764000000000];
