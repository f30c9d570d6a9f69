import { SetMetadata, applyDecorators } from '@nestjs/common';
import type { Permission } from '@townsquare/shared';

export const PERMISSION_KEY = 'townsquare:permission';
export const PUBLIC_KEY = 'townsquare:public';

/** The permission a resolver field or socket handler requires. Checked by the global PermissionGuard. */
export const Allow = (permission: Permission) => applyDecorators(SetMetadata(PERMISSION_KEY, permission));

/** Marks a resolver field or socket handler as open to everyone, guests included, on purpose. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
