import { registerEnumType } from '@nestjs/graphql';

export enum AccessModeEnum {
  OPEN = 'OPEN',
  APPROVAL = 'APPROVAL',
  INVITE_ONLY = 'INVITE_ONLY',
}
registerEnumType(AccessModeEnum, {
  name: 'AccessMode',
  description: 'How people join the community.',
  valuesMap: {
    OPEN: { description: 'Anyone signs up.' },
    APPROVAL: { description: 'Sign-up creates a join request staff approve or reject.' },
    INVITE_ONLY: { description: 'Only with a single-use, expiring invitation link from staff.' },
  },
});
