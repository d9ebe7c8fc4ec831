// Actions that refetch when done, so a page shows what the API now holds after each change.

/** Wraps an action so that, once it has finished, `refetch` runs (and is awaited) before the caller continues. */
export function refetchAfter(refetch: () => Promise<unknown> | undefined) {
  return <A extends unknown[]>(action: (...args: A) => Promise<unknown>) =>
    async (...args: A): Promise<void> => {
      await action(...args);
      await refetch();
    };
}
