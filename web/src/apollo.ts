// The Apollo client: bearer token and language on every request, sign-out when the gateway no longer accepts the
// token, a cache emptied whenever the signed-in user changes (no data leaks from one user to the next), and each
// operation sent as its trusted document's hash.
import { ApolloClient, InMemoryCache, createHttpLink, from } from '@apollo/client/core';
import { setContext } from '@apollo/client/link/context';
import { onError } from '@apollo/client/link/error';
import { watch } from 'vue';
import { currentLocale } from './i18n';
import { currentToken, signOut, useSession } from './composables/useSession';
import { cacheTypePolicies } from './cache-policies';
import { persistedQueryLink } from './persisted-query-link';

const authLink = setContext((_, { headers }: { headers?: Record<string, string> }) => {
  const token = currentToken();
  return {
    headers: {
      ...headers,
      'accept-language': currentLocale(),
      ...(token && { authorization: `Bearer ${token}` }),
    },
  };
});

const signOutWhenRejected = onError(({ graphQLErrors, networkError }) => {
  const unauthenticated = graphQLErrors?.some((error) => error.extensions?.code === 'UNAUTHENTICATED');
  const status = networkError && 'statusCode' in networkError ? networkError.statusCode : undefined;
  if (unauthenticated || status === 401) signOut();
});

export function createApolloClient(): ApolloClient<unknown> {
  const client = new ApolloClient({
    link: from([signOutWhenRejected, authLink, persistedQueryLink, createHttpLink({ uri: '/graphql' })]),
    cache: new InMemoryCache({ typePolicies: cacheTypePolicies }),
    // A refetch after a save must ask anew: deduplicated, it joins an identical request still in flight and gets the
    // answer from before the save (a new issuer missing from the scheme form's list).
    queryDeduplication: false,
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network', errorPolicy: 'all' } },
  });
  const { session } = useSession();
  // At once (sync), so the store is emptied before the new user's header mounts and asks its own queries (the
  // notifications bell, the inbox count); emptied later, it would abort them in flight, never to be asked again.
  watch(
    () => session.value?.user.username,
    () => void client.clearStore(),
    { flush: 'sync' },
  );
  return client as ApolloClient<unknown>;
}
