import { Module, type DynamicModule } from '@nestjs/common';
import { DirectoryModule } from '#directory';
import { GeographyModule } from '#geography';
import { CalendarController } from './calendar/calendar.controller.js';
import { CalendarFeedService } from './calendar/calendar-feed.service.js';
import { NETWORK_CONFIG, type NetworkConfig } from './network.config.js';
import { MyNetworkData, MyNetworkDataResolver } from './my-data/my-network-data.js';
import { DirectoryLookups } from './shared/directory-lookups.js';
import { KeyPersonWelcome } from './networks/key-person-welcome.js';
import { MemberResolver } from './networks/member.resolver.js';
import { MemberHandover } from './networks/member-handover.js';
import { MembersService } from './networks/members.service.js';
import { NetworkRoster } from './networks/network-roster.service.js';
import { MembershipNotifications } from './networks/membership-notifications.js';
import { NetworkPartyResolver, NetworkResolver } from './networks/network.resolver.js';
import { NetworksService } from './networks/networks.service.js';
import { SUPERVISION_CONTROLLERS, SUPERVISION_PROVIDERS, SUPERVISION_RESOLVERS, SUPERVISION_SERVICES } from './supervision/index.js';
import { CancelLinkController } from './theme-days/cancel-link.controller.js';
import { RegistrationOnBehalfResolver, RegistrationsOnBehalf } from './theme-days/registration-on-behalf.js';
import { RegistrationsService } from './theme-days/registrations.service.js';
import { ThemeDayJobs } from './theme-days/theme-day-jobs.js';
import { ThemeDayMails } from './theme-days/theme-day-mails.js';
import { ThemeDayNotifications } from './theme-days/theme-day-notifications.js';
import { ThemeDayReadModel } from './theme-days/theme-day-read-model.js';
import { RegistrationResolver, ThemeDayResolver } from './theme-days/theme-day.resolver.js';
import { ThemeDaysService } from './theme-days/theme-days.service.js';
import { HostedThemeDaysResolver } from './volunteer/hosted-theme-days.resolver.js';

export const NETWORK_RESOLVERS = [
  MyNetworkDataResolver,
  NetworkResolver,
  NetworkPartyResolver,
  MemberResolver,
  ThemeDayResolver,
  RegistrationResolver,
  RegistrationOnBehalfResolver,
  HostedThemeDaysResolver,
  ...SUPERVISION_RESOLVERS,
];

@Module({})
export class NetworkModule {
  static forRoot(config: NetworkConfig): DynamicModule {
    return {
      module: NetworkModule,
      // Upkeep and handover read the network's services without configuring it again.
      global: true,
      imports: [GeographyModule, DirectoryModule],
      providers: [
        { provide: NETWORK_CONFIG, useValue: config },
        DirectoryLookups,
        NetworksService,
        MembersService,
        MemberHandover,
        NetworkRoster,
        MembershipNotifications,
        KeyPersonWelcome,
        ThemeDayMails,
        ThemeDayNotifications,
        RegistrationsService,
        RegistrationsOnBehalf,
        ThemeDaysService,
        ThemeDayReadModel,
        ThemeDayJobs,
        CalendarFeedService,
        MyNetworkData,
        ...SUPERVISION_PROVIDERS,
        ...NETWORK_RESOLVERS,
      ],
      controllers: [CalendarController, CancelLinkController, ...SUPERVISION_CONTROLLERS],
      exports: [
        NetworksService,
        MembersService,
        MemberHandover,
        NetworkRoster,
        KeyPersonWelcome,
        ThemeDaysService,
        RegistrationsService,
        ThemeDayJobs,
        ...SUPERVISION_SERVICES,
      ],
    };
  }
}
