import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CalendarFeedService } from './calendar-feed.service';

/**
 * GET /calendar/<token>.ics — for calendar apps, which cannot log in. The secret token is the
 * credential (only its hash is stored; revocable). Outside GraphQL on purpose: a plain GET a
 * calendar app can subscribe to. Answers carry no names and are never cached by intermediaries.
 */
@Controller('calendar')
export class CalendarFeedController {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Get(':file')
  async feed(@Param('file') file: string, @Res() res: Response): Promise<void> {
    res.set({ 'cache-control': 'private, no-store', 'referrer-policy': 'no-referrer', 'x-robots-tag': 'noindex' });
    const match = /^(.+)\.ics$/.exec(file);
    const body = match ? await this.feeds.render(match[1]) : null;
    if (body === null) {
      res.status(404).type('text/plain; charset=utf-8').send('Kalenderen findes ikke, eller adressen er blevet spærret.');
      return;
    }
    res.status(200).type('text/calendar; charset=utf-8').send(body);
  }
}
