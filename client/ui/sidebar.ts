// The side bar's tabs (Details, Ask, Console): ARIA tabs with arrow-key movement; showPanel() switches from code.
export type PanelId = 'details' | 'ask' | 'console';
const PANELS: PanelId[] = ['details', 'ask', 'console'];

export function mountSidebar(): { show(id: PanelId): void } {
  const tabs = PANELS.map((id) => document.getElementById(`tab-${id}`) as HTMLButtonElement);
  const panels = PANELS.map((id) => document.getElementById(`panel-${id}`) as HTMLElement);
  const show = (id: PanelId, focus = false) => {
    PANELS.forEach((panelId, i) => {
      const selected = panelId === id;
      tabs[i]!.setAttribute('aria-selected', String(selected));
      tabs[i]!.tabIndex = selected ? 0 : -1;
      panels[i]!.hidden = !selected;
    });
    if (focus) tabs[PANELS.indexOf(id)]!.focus();
  };
  tabs.forEach((tab, i) => {
    tab.addEventListener('click', () => show(PANELS[i]!));
    tab.addEventListener('keydown', (event) => {
      const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
      if (!step) return;
      event.preventDefault();
      show(PANELS[(i + step + PANELS.length) % PANELS.length]!, true);
    });
  });
  return { show: (id) => show(id) };
}
