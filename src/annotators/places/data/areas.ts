// Places the GeoNames-derived gazetteer does not hold as administrative units: continents, world
// regions, seas and straits, and territories or regions without a first-level code of their own.
// Keys are knowledge-base ids (src/kb/data/places.ts) or, for names the KB does not know, the
// name itself. The seven continents carry the points of GeoNames' continent features (ids 6255146-
// 6255152, CC BY 4.0), the reference points the rest of the gazetteer's data comes with; the other
// coordinates are approximate geographic centres written by the newsgraph team from general
// geographic knowledge (rounded to a tenth of a degree or coarser).

import type { PlaceFeature } from '../../../doc/types.ts';

export interface AreaSpec {
  name: string;
  feature: PlaceFeature;
  lat: number;
  lon: number;
  /** ISO alpha-2 country the area lies in, when it lies in one */
  cc?: string;
  /** knowledge-base id, when the KB knows the name */
  kb?: string;
  aliases?: string[];
}

export const AREAS: AreaSpec[] = [
  // continents (GeoNames continent features) and world regions
  { name: 'Africa', feature: 'continent', lat: 7.1881, lon: 21.0938, kb: 'region-africa' },
  { name: 'Asia', feature: 'continent', lat: 29.8406, lon: 89.2969, kb: 'region-asia' },
  { name: 'Europe', feature: 'continent', lat: 48.6909, lon: 9.1406, kb: 'region-europe' },
  { name: 'North America', feature: 'continent', lat: 46.0731, lon: -100.5469, kb: 'region-north-america' },
  { name: 'South America', feature: 'continent', lat: -14.6048, lon: -57.6563, kb: 'region-south-america' },
  { name: 'Oceania', feature: 'continent', lat: -18.3128, lon: 138.5156 },
  { name: 'Antarctica', feature: 'continent', lat: -78.1586, lon: 16.4063 },
  { name: 'Australasia', feature: 'area', lat: -25, lon: 140 },
  { name: 'Americas', feature: 'continent', lat: 10, lon: -80, aliases: ['the Americas'] },
  { name: 'Latin America', feature: 'area', lat: -5, lon: -65, kb: 'region-latin-america' },
  { name: 'Central America', feature: 'area', lat: 14, lon: -87 },
  { name: 'Middle East', feature: 'area', lat: 29, lon: 45, kb: 'region-middle-east' },
  { name: 'Balkans', feature: 'area', lat: 43, lon: 20, kb: 'region-balkans' },
  { name: 'Caribbean', feature: 'area', lat: 17, lon: -72, kb: 'region-caribbean' },
  { name: 'Caucasus', feature: 'area', lat: 42, lon: 45, kb: 'region-caucasus' },
  { name: 'Central Africa', feature: 'area', lat: 2, lon: 20, kb: 'region-central-africa' },
  { name: 'Central Asia', feature: 'area', lat: 43, lon: 65, kb: 'region-central-asia' },
  { name: 'Central Europe', feature: 'area', lat: 50, lon: 15, kb: 'region-central-europe' },
  { name: 'East Africa', feature: 'area', lat: 0, lon: 37, kb: 'region-east-africa' },
  { name: 'Eastern Europe', feature: 'area', lat: 50, lon: 28, kb: 'region-eastern-europe' },
  { name: 'Western Europe', feature: 'area', lat: 48, lon: 5 },
  { name: 'Northern Europe', feature: 'area', lat: 60, lon: 15 },
  { name: 'Southern Europe', feature: 'area', lat: 41, lon: 15 },
  { name: 'Mediterranean', feature: 'area', lat: 35, lon: 18, kb: 'region-mediterranean' },
  { name: 'North Africa', feature: 'area', lat: 27, lon: 15, kb: 'region-north-africa' },
  { name: 'Persian Gulf', feature: 'area', lat: 26.5, lon: 52, kb: 'region-persian-gulf' },
  { name: 'Scandinavia', feature: 'area', lat: 63, lon: 15, kb: 'region-scandinavia' },
  { name: 'South Asia', feature: 'area', lat: 22, lon: 78, kb: 'region-south-asia' },
  { name: 'Southeast Asia', feature: 'area', lat: 8, lon: 110, kb: 'region-southeast-asia' },
  { name: 'East Asia', feature: 'area', lat: 35, lon: 115 },
  { name: 'Southern Africa', feature: 'area', lat: -25, lon: 25, kb: 'region-southern-africa' },
  { name: 'West Africa', feature: 'area', lat: 12, lon: -2, kb: 'region-west-africa' },
  { name: 'Sahel', feature: 'area', lat: 15, lon: 5, kb: 'region-sahel' },
  { name: 'Horn of Africa', feature: 'area', lat: 8, lon: 45 },
  { name: 'Sub-Saharan Africa', feature: 'area', lat: -2, lon: 22 },
  { name: 'Siberia', feature: 'area', lat: 60, lon: 105, cc: 'RU' },
  { name: 'Patagonia', feature: 'area', lat: -45, lon: -69 },
  { name: 'Arctic', feature: 'area', lat: 80, lon: 0, aliases: ['the Arctic'] },
  // territories and regions without an administrative code of their own
  { name: 'Gaza Strip', feature: 'region', lat: 31.4, lon: 34.4, cc: 'PS', kb: 'gaza-strip' },
  { name: 'Gaza City', feature: 'city', lat: 31.5, lon: 34.45, cc: 'PS', kb: 'gaza-city' },
  { name: 'West Bank', feature: 'region', lat: 32, lon: 35.25, cc: 'PS', kb: 'west-bank' },
  { name: 'East Jerusalem', feature: 'city', lat: 31.78, lon: 35.23, cc: 'PS', kb: 'east-jerusalem' },
  { name: 'Golan Heights', feature: 'region', lat: 33, lon: 35.75, cc: 'SY', kb: 'golan-heights' },
  { name: 'Crimea', feature: 'region', lat: 45.3, lon: 34.4, cc: 'UA', kb: 'crimea' },
  { name: 'Donbas', feature: 'region', lat: 48.3, lon: 38.5, cc: 'UA', kb: 'donbas' },
  { name: 'Kurdistan Region', feature: 'region', lat: 36.4, lon: 44.4, cc: 'IQ', kb: 'kurdistan-region' },
  { name: 'Darfur', feature: 'region', lat: 13, lon: 24, cc: 'SD', kb: 'darfur' },
  { name: 'Kashmir', feature: 'region', lat: 34.5, lon: 76, kb: 'kashmir' },
  { name: 'Nagorno-Karabakh', feature: 'region', lat: 39.8, lon: 46.75, cc: 'AZ', kb: 'nagorno-karabakh' },
  { name: 'Transnistria', feature: 'region', lat: 47.2, lon: 29.4, cc: 'MD', kb: 'transnistria' },
  { name: 'Tibet', feature: 'region', lat: 31.5, lon: 88, cc: 'CN', kb: 'tibet' },
  { name: 'New Guinea', feature: 'area', lat: -5.5, lon: 141, kb: 'new-guinea' },
  { name: 'Korean Peninsula', feature: 'area', lat: 37.5, lon: 127.5, kb: 'korean-peninsula' },
  { name: 'Borneo', feature: 'area', lat: 0.5, lon: 114 },
  { name: 'Sumatra', feature: 'area', lat: -0.5, lon: 101.5, cc: 'ID' },
  { name: 'Java', feature: 'area', lat: -7.5, lon: 110, cc: 'ID' },
  { name: 'Luzon', feature: 'area', lat: 16, lon: 121, cc: 'PH' },
  { name: 'Mindanao', feature: 'area', lat: 7.5, lon: 125, cc: 'PH' },
  { name: 'Sinai', feature: 'area', lat: 29.5, lon: 33.8, cc: 'EG', aliases: ['Sinai Peninsula'] },
  { name: 'Kurdistan', feature: 'area', lat: 37, lon: 43.5 },
  { name: 'Punjab', feature: 'region', lat: 31, lon: 73, aliases: [] },
  { name: 'Great Britain', feature: 'area', lat: 54, lon: -2, cc: 'GB' },
  { name: 'Mainland China', feature: 'area', lat: 35, lon: 105, cc: 'CN' },
  // seas, gulfs and straits
  { name: 'Gulf of Mexico', feature: 'area', lat: 25, lon: -90, kb: 'gulf-of-mexico' },
  { name: 'South China Sea', feature: 'area', lat: 12, lon: 113, kb: 'south-china-sea' },
  { name: 'East China Sea', feature: 'area', lat: 29, lon: 125, kb: 'east-china-sea' },
  { name: 'Indian Ocean', feature: 'area', lat: -20, lon: 80, kb: 'indian-ocean' },
  { name: 'Pacific Ocean', feature: 'area', lat: 0, lon: -160, aliases: ['Pacific', 'the Pacific'] },
  { name: 'Atlantic Ocean', feature: 'area', lat: 15, lon: -40, aliases: ['Atlantic', 'the Atlantic'] },
  { name: 'Arabian Sea', feature: 'area', lat: 15, lon: 65, kb: 'arabian-sea' },
  { name: 'English Channel', feature: 'area', lat: 50.2, lon: -1, kb: 'english-channel' },
  { name: 'Irish Sea', feature: 'area', lat: 53.7, lon: -5, kb: 'irish-sea' },
  { name: 'North Sea', feature: 'area', lat: 56, lon: 3 },
  { name: 'Baltic Sea', feature: 'area', lat: 58, lon: 20, aliases: ['Baltic'] },
  { name: 'Sea of Japan', feature: 'area', lat: 40, lon: 135, kb: 'sea-of-japan' },
  { name: 'Taiwan Strait', feature: 'area', lat: 24.5, lon: 119.5, kb: 'taiwan-strait' },
  { name: 'Black Sea', feature: 'area', lat: 43.4, lon: 34, kb: 'black-sea' },
  { name: 'Red Sea', feature: 'area', lat: 20, lon: 38.5, kb: 'red-sea' },
  { name: 'Caspian Sea', feature: 'area', lat: 41.5, lon: 50.5 },
  { name: 'Sea of Azov', feature: 'area', lat: 46, lon: 36.5, kb: 'sea-of-azov' },
  { name: 'Strait of Hormuz', feature: 'area', lat: 26.6, lon: 56.3, kb: 'strait-of-hormuz' },
  { name: 'Bab el-Mandeb', feature: 'area', lat: 12.6, lon: 43.3, kb: 'bab-el-mandeb' },
  { name: 'Aegean Sea', feature: 'area', lat: 39, lon: 25, aliases: ['Aegean'] },
  { name: 'Gulf of Aden', feature: 'area', lat: 12.5, lon: 48 },
];
