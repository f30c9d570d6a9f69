import { Module } from '@nestjs/common';
import { TopicsModule } from '../topics/topics.module.js';
import { TagsRepository } from './tags.repository.js';
import { TagsResolver } from './tags.resolver.js';
import { TagsService } from './tags.service.js';

@Module({ imports: [TopicsModule], providers: [TagsService, TagsRepository, TagsResolver] })
export class TagsModule {}
