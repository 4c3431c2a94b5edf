// An entity search box: an ARIA 1.2 combobox with a listbox of options (caption, the alias that matched, labels and
// a distinguishing property such as "customerID ALFKI", so two "Todd"s differ).
// Arrow keys move, Enter chooses, Escape closes; typing asks the server after a short pause.
import type { SearchHit } from '../../server/contract.ts';
import { searchEntities } from '../graphApi.ts';
import { el, uniqueId } from './dom.ts';

export interface EntityCombobox {
  input: HTMLInputElement;
  chosen(): SearchHit | null;
  setChosen(hit: SearchHit | null): void;
  focus(): void;
}

export function createEntityCombobox(
  container: HTMLElement,
  options: {
    label: string;
    placeholder?: string;
    onChoose: (hit: SearchHit) => void;
    clearOnChoose?: boolean;
    /** The caption the page shows for a hit (the person's choice when the node is on the page). */
    captionOf?: (hit: SearchHit) => string;
  },
): EntityCombobox {
  const listId = uniqueId('options');
  const input = el('input', {
    type: 'text',
    role: 'combobox',
    'aria-label': options.label,
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: options.placeholder ?? '',
  });
  const list = el('ul', { role: 'listbox', id: listId, 'aria-label': `${options.label}: results`, class: 'options', hidden: true });
  const wrapper = el('div', { class: 'combobox' }, input, list);
  const captionOf = options.captionOf ?? ((hit: SearchHit) => hit.caption);
  container.append(wrapper);

  let hits: SearchHit[] = [];
  let active = -1;
  let chosen: SearchHit | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const setActive = (index: number) => {
    active = index;
    [...list.children].forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    const option = list.children[index] as HTMLElement | undefined;
    if (option) {
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    }
  };
  const choose = (hit: SearchHit) => {
    chosen = hit;
    input.value = options.clearOnChoose ? '' : captionOf(hit);
    close();
    options.onChoose(hit);
  };
  const render = (query: string) => {
    list.replaceChildren();
    if (hits.length === 0) {
      list.append(el('li', { class: 'empty', role: 'presentation' }, query ? `No entity matches “${query}”` : ''));
    }
    hits.forEach((hit, i) => {
      const option = el(
        'li',
        { role: 'option', id: `${listId}-${i}`, 'aria-selected': 'false', class: 'option' },
        el('span', { class: 'caption' }, captionOf(hit)),
        hit.matched ? el('span', { class: 'alias' }, ` (${hit.matched})`) : null,
        el('span', { class: 'labels' }, ` ${hit.labels.filter((l) => l !== 'Entity').join(', ')}`),
        hit.detail ? el('span', { class: 'detail' }, ` · ${hit.detail}`) : null,
      );
      option.addEventListener('mousedown', (event) => event.preventDefault());
      option.addEventListener('click', () => choose(hit));
      list.append(option);
    });
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  const ask = async (query: string) => {
    const ticket = ++asked;
    try {
      const response = await searchEntities(query, 10);
      if (ticket !== asked) return;
      hits = response.hits;
      render(query);
      if (hits.length) setActive(0);
    } catch {
      if (ticket === asked) {
        hits = [];
        render(query);
      }
    }
  };

  input.addEventListener('input', () => {
    chosen = null;
    clearTimeout(timer);
    const query = input.value.trim();
    if (!query) {
      hits = [];
      close();
      return;
    }
    timer = setTimeout(() => void ask(query), 150);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && hits.length) {
      event.preventDefault();
      if (list.hidden) render(input.value.trim());
      setActive((active + 1) % hits.length);
    } else if (event.key === 'ArrowUp' && hits.length) {
      event.preventDefault();
      setActive((active - 1 + hits.length) % hits.length);
    } else if (event.key === 'Enter') {
      const hit = hits[active] ?? hits[0];
      if (hit && !list.hidden) {
        event.preventDefault();
        choose(hit);
      }
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));

  return {
    input,
    chosen: () => chosen,
    setChosen: (hit) => {
      chosen = hit;
      input.value = hit ? captionOf(hit) : '';
    },
    focus: () => input.focus(),
  };
}
