import { Employee } from './employee.entity.js';

export const entities = [Employee];
