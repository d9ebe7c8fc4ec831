import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { JpSetting } from '../entities/jp-setting.entity.js';
import { parseId } from '@asn/common';
import { Agency } from './agency.js';

/** What training adds to personnel's Agency: the JP settings in force (public, as the JP target is a rule). */
@Resolver(() => Agency)
export class AgencyJpSettingsResolver {
  @FieldResolver(() => JpSetting, {
    description:
      "The agency's JP target, PPPK cap and post-test pass mark in force: its own, else the national default.",
  })
  jpSettings(@Root() agency: Agency, @Ctx() context: Context): Promise<JpSetting> {
    return context.loaders.jpSettingsByAgencyId.load(parseId(agency.id, 'id'));
  }
}
