import { Certificate } from './certificate.entity.js';

export const entities = [Certificate];
