import { ObjectType } from 'type-graphql';
import { Certificate } from '../entities/certificate.entity.js';
import { createConnectionType } from '@asn/common';

@ObjectType({ description: 'A page of certificates.' })
export class CertificateConnection extends createConnectionType(Certificate, 'Certificate', 'certificate') {}
