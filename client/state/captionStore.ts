// The person's captions per label, kept in the browser's storage (the address carries them too: urlState.ts).
import { parseCaptionChoices, type CaptionChoices } from '../graph/caption.ts';
import type { KeyValueStore } from './positions.ts';

export const CAPTIONS_KEY = 'kg-explorer:captions';

export function loadCaptions(store: Pick<KeyValueStore, 'getItem'>): Record<string, string[]> {
  try {
    return parseCaptionChoices(JSON.parse(store.getItem(CAPTIONS_KEY) ?? '{}'));
  } catch {
    return {};
  }
}

export function saveCaptions(store: KeyValueStore, captions: CaptionChoices): void {
  try {
    if (Object.keys(captions).length) store.setItem(CAPTIONS_KEY, JSON.stringify(captions));
    else store.removeItem(CAPTIONS_KEY);
  } catch {
    // Storage full or denied: the address still carries the choice.
  }
}
