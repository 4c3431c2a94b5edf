// A minimal observable holder for the view state: update with a producer, listeners run after each change.
export class Store<S> {
  private listeners = new Set<(state: S, previous: S) => void>();

  constructor(private state: S) {}

  get(): S {
    return this.state;
  }

  update(producer: (state: S) => S): void {
    const previous = this.state;
    this.state = producer(previous);
    if (this.state !== previous) for (const listener of this.listeners) listener(this.state, previous);
  }

  subscribe(listener: (state: S, previous: S) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
