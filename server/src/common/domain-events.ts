import { EventEmitter } from 'node:events';

/**
 * An in-process event bus typed by a map of event names to payloads. It knows no event itself:
 * each feature declares its events in its `*.events.ts`, `app-events.ts` assembles them into the
 * application's map, and services inject the bus typed by it (`DomainEvents` from there).
 * Cross-instance delivery happens where events reach sockets.
 */
export class DomainEventBus<EventMap extends object> {
  private readonly emitter = new EventEmitter();

  publish<K extends keyof EventMap & string>(name: K, payload: EventMap[K]): void {
    this.emitter.emit(name, payload);
  }

  subscribe<K extends keyof EventMap & string>(name: K, listener: (payload: EventMap[K]) => void): () => void {
    this.emitter.on(name, listener);
    return () => this.emitter.off(name, listener);
  }
}
