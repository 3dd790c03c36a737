import { describe, expect, it } from 'vitest';
import { takesPluralVerb, verbParts } from '../src/i18n/names';

describe('subject–verb agreement', () => {
  it.each([
    ['Leading Party members’ groups', true],
    ["Leading Party members' groups", true],
    ['Party committees at all levels', true],
    ['Party organizations (central, local and primary)', true],
    ['Village (neighbourhood) committees', true],
    ['Unions (of associations)', true],
    ['Interim Provisions on the Management of Leading Personnel in Public Institutions', true],
    ['CPC Regulations on Inspection Efforts', true],
    ['Multiple subjects participating in rural community construction', true],
    ['Grassroots governments and their local authorities', true],
    ['Regulation of Leading Party Members’ Groups of CCP (Trial Implementation)', false],
    ['Overall Programme of the Separation of Administrative Organs', false],
    ['Central Committee of the Communist Party of China', false],
    ['Political Bureau of the CPC Central Committee', false],
    ['Party construction in industry and business associations', false],
    ['Management of leading personnel in public institutions', false],
    ['Xi Jinping', false],
    ['Chinese People’s Political Consultative Conference', false],
  ])('"%s" takes a plural verb: %s', (name, plural) => {
    expect(takesPluralVerb(name)).toBe(plural);
  });

  it('makes the verb agree with its subject in English, and leaves Chinese as it is', () => {
    const groups = { name: 'Party groups', nameZh: '党组' };
    const regulation = { name: 'The Regulation', nameZh: null };
    expect(verbParts('LEADS', 'en', groups)).toEqual(['lead', '']);
    expect(verbParts('LEADS', 'en', regulation)).toEqual(['leads', '']);
    expect(verbParts('PART_OF', 'en', groups)).toEqual(['are part of', '']);
    expect(verbParts('MUST_ACCEPT_LEADERSHIP_OF', 'zh', groups)).toEqual(['必须接受', '的领导']);
  });
});
