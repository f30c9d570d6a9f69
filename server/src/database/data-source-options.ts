import type { DataSourceOptions } from 'typeorm';
import { UserEntity } from '../accounts/user.entity.js';
import { SessionEntity } from '../accounts/session.entity.js';
import { CommunityEntity } from '../community/community.entity.js';
import { CategoryEntity } from '../categories/category.entity.js';
import { NotificationEntity } from '../notifications/notification.entity.js';
import { PostRevisionEntity } from '../topics/post-revision.entity.js';
import { PostEntity } from '../topics/post.entity.js';
import { TopicEntity } from '../topics/topic.entity.js';
import { UploadEntity } from '../uploads/upload.entity.js';
import { MIGRATIONS } from './migrations/index.js';

export const ENTITIES = [UserEntity, SessionEntity, CommunityEntity, CategoryEntity, TopicEntity, PostEntity, PostRevisionEntity, NotificationEntity, UploadEntity];

export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'all',
    synchronize: false,
    migrationsRun: false,
    logging: false,
    extra: { max: 20, application_name: 'townsquare' },
  };
}
