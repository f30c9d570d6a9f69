import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { FIELD_RESOLVER_MIDDLEWARE_METADATA } from '@nestjs/graphql/dist/graphql.constants.js';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { MESSAGE_METADATA } from '@nestjs/websockets/constants.js';
import { PERMISSION_KEY, PERMISSION_MIDDLEWARE, PUBLIC_KEY } from './permissions.decorator.js';

const RESOLVER_TYPE_METADATA = 'graphql:resolver_type';
const RESOLVER_NAME_METADATA = 'graphql:resolver_name';
const RESOLVER_PROPERTY_METADATA = 'graphql:resolve_property';

export interface OperationDeclaration {
  /** `Query.me`, `Mutation.signUp`, `field UserFieldsResolver.email`, `socket ping`. */
  operation: string;
  /** For an object field restricted by @Allow: whether the middleware that enforces it is in place. */
  enforced?: boolean;
  /** The declared permission, `public`, or null when the handler declares nothing. */
  declared: string | null;
}

/**
 * Lists every GraphQL resolver (root operation or field) and every socket message handler in the
 * running application with what it declares. The guard refuses undeclared root operations and
 * socket handlers at run time. Object fields are not guarded one by one (that would run the guard
 * pipeline for every field of every row), so the server refuses to start when a field resolver
 * declares nothing, or declares a permission without the middleware that enforces it.
 */
@Injectable()
export class PermissionAudit implements OnApplicationBootstrap {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  list(): OperationDeclaration[] {
    const found: OperationDeclaration[] = [];
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object' || !wrapper.metatype) continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const methodName of this.scanner.getAllMethodNames(prototype)) {
        const handler = (prototype as Record<string, unknown>)[methodName] as (...args: unknown[]) => unknown;
        const operation = this.describe(wrapper.metatype as { name: string }, methodName, handler);
        if (!operation) continue;
        const declared = this.declared(handler, wrapper.metatype as object);
        if (operation.startsWith('field ') && declared && declared !== 'public') {
          const middleware = (Reflect.getMetadata(FIELD_RESOLVER_MIDDLEWARE_METADATA, handler) ?? []) as Array<Record<symbol, unknown>>;
          found.push({ operation, declared, enforced: middleware.some((m) => m[PERMISSION_MIDDLEWARE] === declared) });
        } else {
          found.push({ operation, declared });
        }
      }
    }
    return found;
  }

  onApplicationBootstrap(): void {
    const unsafe = this.list().filter((d) => d.operation.startsWith('field ') && (d.declared === null || d.enforced === false));
    if (unsafe.length > 0) {
      throw new Error(
        `Object fields must declare @Public() or @Allow(permission) above @ResolveField: ${unsafe.map((d) => `${d.operation} (${d.declared ?? 'nothing declared'})`).join(', ')}`,
      );
    }
  }

  private describe(owner: { name: string }, methodName: string, handler: object): string | null {
    const rootType = Reflect.getMetadata(RESOLVER_TYPE_METADATA, handler) as string | undefined;
    if (rootType) return `${rootType}.${(Reflect.getMetadata(RESOLVER_NAME_METADATA, handler) as string | undefined) ?? methodName}`;
    if (Reflect.getMetadata(RESOLVER_PROPERTY_METADATA, handler)) return `field ${owner.name}.${methodName}`;
    const message = Reflect.getMetadata(MESSAGE_METADATA, handler) as string | undefined;
    if (message) return `socket ${message}`;
    return null;
  }

  private declared(handler: object, owner: object): string | null {
    const targets = [handler as () => void, owner as () => void];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return 'public';
    return this.reflector.getAllAndOverride<string | undefined>(PERMISSION_KEY, targets) ?? null;
  }
}
