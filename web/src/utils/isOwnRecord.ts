// Nobody records, verifies, renews, revokes or decides anything about themself, an administrator included (the
// subgraphs' policies refuse it, see docs/authorization.md): a list offers no such action on the viewer's own row.

/** True when the row is about the signed-in user (`viewerEmployeeId` is the session's employee, if any). */
export function isOwnRecord(viewerEmployeeId: string | null | undefined, rowEmployeeId: string): boolean {
  return viewerEmployeeId != null && viewerEmployeeId === rowEmployeeId;
}
