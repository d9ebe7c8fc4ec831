// What the gateway vouches for in a mutation over the demo data (the ids contract of the seeds): employee i is of
// agency ceil(i / 75), unit u of agency ceil(u / 12). Unit tests give it to administrators acting through mutations.
const range = (count: number, perAgency: number) =>
  Object.fromEntries(
    Array.from({ length: count }, (_, index) => [String(index + 1), String(Math.ceil((index + 1) / perAgency))]),
  );

export const DEMO_VOUCHED = {
  employeeAgencies: range(300, 75),
  unitAgencies: range(48, 12),
};
