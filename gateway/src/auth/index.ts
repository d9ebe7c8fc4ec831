// How the gateway verifies a bearer token and turns its claims into an identity: also what the benchmark's
// @apollo/gateway peer uses, so both gateways authenticate alike.
export { identityFromClaims } from './claims.js';
export { createTokenVerifier } from './jwt.js';
