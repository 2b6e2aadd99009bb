import { Module } from '@nestjs/common';
import { StartPageResolver } from './start-page.resolver';
import { StartPageService } from './start-page.service';

/** The start page: what needs the viewer's attention today, gathered in one query. */
@Module({
  providers: [StartPageService, StartPageResolver],
})
export class StartPageModule {}
