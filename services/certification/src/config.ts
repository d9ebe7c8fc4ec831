// The certification process's port (its clock is the shared one: CLOCK_AT, services/common clock).
export const CERTIFICATION_PORT = 4003;
