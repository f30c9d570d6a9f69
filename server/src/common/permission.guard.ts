import { Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Permission } from '@townsquare/shared';
import { AppError } from './app-error.js';
import { assertPermission } from './permission-check.js';
import { PERMISSION_KEY, PUBLIC_KEY } from './permissions.decorator.js';
import { contextFrom } from './request-context.js';

/**
 * Checks root operations and socket handlers (object fields: see `Allow`). Deny by default: a handler that declares neither a
 * permission nor @Public() is refused, so a forgotten decorator fails closed.
 */
@Injectable()
export class PermissionGuard implements CanActivate {
  private readonly logger = new Logger(PermissionGuard.name);

  constructor(private readonly reflector: Reflector) {}

  canActivate(execution: ExecutionContext): boolean {
    const targets = [execution.getHandler(), execution.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(PERMISSION_KEY, targets);
    if (!permission) {
      this.logger.error(`Refused ${execution.getClass().name}.${execution.getHandler().name}: it declares no permission`);
      throw AppError.forbidden();
    }
    assertPermission(contextFrom(execution).user, permission);
    return true;
  }
}
