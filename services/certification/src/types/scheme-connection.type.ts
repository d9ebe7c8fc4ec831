import { ObjectType } from 'type-graphql';
import { Scheme } from '../entities/scheme.entity.js';
import { createConnectionType } from '@asn/common';

@ObjectType({ description: 'A page of certification schemes.' })
export class SchemeConnection extends createConnectionType(Scheme, 'Scheme', 'certification scheme') {}
