import { Injectable } from '@nestjs/common';
import { EventEmitter } from 'node:events';

/** Every domain event and its payload. Services publish; the realtime gateway and others listen. */
export interface DomainEventMap {
  /** Sessions ended (sign-out, password change): their live connections must close too. */
  'sessions.revoked': { sessionIds: string[]; reason: string };
}

/** An in-process, typed event bus. Cross-instance delivery happens where events reach sockets. */
@Injectable()
export class DomainEvents {
  private readonly emitter = new EventEmitter();

  publish<K extends keyof DomainEventMap>(name: K, payload: DomainEventMap[K]): void {
    this.emitter.emit(name, payload);
  }

  subscribe<K extends keyof DomainEventMap>(name: K, listener: (payload: DomainEventMap[K]) => void): () => void {
    this.emitter.on(name, listener);
    return () => this.emitter.off(name, listener);
  }
}
