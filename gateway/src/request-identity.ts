// The identity the HTTP layer verified for a request, handed to the gateway's plugins: keyed by the Node request,
// and by the fetch Request the gateway builds from it (trusted-documents mode only sees the latter).
import type { Identity } from '@asn/common/identity';

export class RequestIdentities {
  private readonly identities = new WeakMap<object, Identity>();

  set(request: object, identity: Identity): void {
    this.identities.set(request, identity);
  }

  get(request: object | undefined): Identity | undefined {
    return request ? this.identities.get(request) : undefined;
  }

  /** Whether the request is exempted from trusted-documents mode: an API key that verified, or the gateway's own
   *  reminder sweep (reminder-scheduler.ts). */
  mayRunAnyDocument(request: object): boolean {
    const kind = this.identities.get(request)?.kind;
    return kind === 'apiKey' || kind === 'scheduler';
  }
}
