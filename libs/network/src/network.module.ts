import { Module, type DynamicModule } from '@nestjs/common';
import { DirectoryModule } from '#directory';
import { GeographyModule } from '#geography';
import { NETWORK_CONFIG, type NetworkConfig } from './network.config.js';
import { MemberResolver } from './networks/member.resolver.js';
import { MembersService } from './networks/members.service.js';
import { NetworkPartyResolver, NetworkResolver } from './networks/network.resolver.js';
import { NetworksService } from './networks/networks.service.js';

export const NETWORK_RESOLVERS = [NetworkResolver, NetworkPartyResolver, MemberResolver];

@Module({})
export class NetworkModule {
  static forRoot(config: NetworkConfig): DynamicModule {
    return {
      module: NetworkModule,
      imports: [GeographyModule, DirectoryModule],
      providers: [{ provide: NETWORK_CONFIG, useValue: config }, NetworksService, MembersService, ...NETWORK_RESOLVERS],
      exports: [NetworksService, MembersService],
    };
  }
}
