// The committed supergraph names placeholder URLs (schema/compose.ts); here each becomes the configured one.
import { readFileSync } from 'node:fs';
import type { GatewayConfig } from './config.js';

export function loadSupergraph(config: GatewayConfig): string {
  let sdl = readFileSync(config.SUPERGRAPH_PATH, 'utf8');
  for (const [name, url] of Object.entries(subgraphUrls(config))) {
    sdl = sdl.replaceAll(`http://${name}.invalid/graphql`, url);
  }
  return sdl;
}

export function subgraphUrls(config: GatewayConfig): Record<string, string> {
  return { personnel: config.PERSONNEL_URL, training: config.TRAINING_URL, certification: config.CERTIFICATION_URL };
}
