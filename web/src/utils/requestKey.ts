// A key for one request the user made (RequestEnrolmentInput.requestKey): if a load balancer sends the request again
// after the first attempt succeeded, the API answers what that attempt made instead of "already enrolled".
// getRandomValues, not randomUUID: the latter exists only on HTTPS pages, and an agency may serve the app over HTTP.
export function requestKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
