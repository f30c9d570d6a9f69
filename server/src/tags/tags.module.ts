import { Module } from '@nestjs/common';
import { TagsResolver } from './tags.resolver.js';
import { TagsService } from './tags.service.js';

@Module({ providers: [TagsService, TagsResolver] })
export class TagsModule {}
