// English names and abbreviations news uses for places the gazetteer spells otherwise, written by
// the newsgraph team. City aliases point at GeoNames ids; region abbreviations at first-level region
// codes ("US.IL"). Postal codes (two capitals, "IL") only count after a comma ("Peoria, IL").

/** Exonyms and press names of populated places -> GeoNames id. */
export const CITY_ALIASES: Readonly<Record<string, number>> = {
  'New York': 5128581,
  'New York City': 5128581,
  NYC: 5128581,
  Washington: 4140963,
  'Washington D.C.': 4140963,
  'Washington, D.C.': 4140963,
  'Washington DC': 4140963,
  Kiev: 703448,
  Bombay: 1275339,
  Calcutta: 1275004,
  Madras: 1264527,
  Bangalore: 1277333,
  Peking: 1816670,
  Rangoon: 1298824,
  Saigon: 1566083,
  'St Petersburg': 498817,
  'St. Petersburg': 498817,
  Frankfurt: 2925533,
  "Sana'a": 71137,
  Sanaa: 71137,
  Grozny: 558418,
  Ulaanbaatar: 2028462,
  'Ulan Bator': 2028462,
  Naypyidaw: 6611854,
  'Nay Pyi Taw': 6611854,
  'Mexico City': 3530597,
  'Hong Kong': 1819729,
  'Kuwait City': 285787,
  'Quebec City': 6325494,
  Jerusalem: 281184,
  // English names of cities GeoNames lists under their own (where a namesake holds the English one)
  Geneva: 2660646,
  Lucerne: 2659811,
  Seville: 2510911,
  Antwerp: 2803138,
  Bruges: 2800931,
  Hanover: 2910831,
  Gothenburg: 2711537,
  Cologne: 2886242,
  Ghent: 2797656,
  Nuremberg: 2861650,
  Fez: 2548885,
  Misrata: 2214846,
  Raqqa: 172955,
  Kharkov: 706483,
  Lvov: 702550,
};

/** Abbreviations of first-level regions: AP state abbreviations, Australian and Canadian ones. */
export const REGION_ABBREVIATIONS: Readonly<Record<string, string>> = {
  'Ala.': 'US.AL', 'Ariz.': 'US.AZ', 'Ark.': 'US.AR', 'Calif.': 'US.CA', 'Colo.': 'US.CO', 'Conn.': 'US.CT', 'Del.': 'US.DE',
  'Fla.': 'US.FL', 'Ga.': 'US.GA', 'Ill.': 'US.IL', 'Ind.': 'US.IN', 'Kan.': 'US.KS', 'Ky.': 'US.KY', 'La.': 'US.LA',
  'Md.': 'US.MD', 'Mass.': 'US.MA', 'Mich.': 'US.MI', 'Minn.': 'US.MN', 'Miss.': 'US.MS', 'Mo.': 'US.MO', 'Mont.': 'US.MT',
  'Neb.': 'US.NE', 'Nev.': 'US.NV', 'N.H.': 'US.NH', 'N.J.': 'US.NJ', 'N.M.': 'US.NM', 'N.Y.': 'US.NY', 'N.C.': 'US.NC',
  'N.D.': 'US.ND', 'Okla.': 'US.OK', 'Ore.': 'US.OR', 'Pa.': 'US.PA', 'R.I.': 'US.RI', 'S.C.': 'US.SC', 'S.D.': 'US.SD',
  'Tenn.': 'US.TN', 'Vt.': 'US.VT', 'Va.': 'US.VA', 'Wash.': 'US.WA', 'W.Va.': 'US.WV', 'Wis.': 'US.WI', 'Wyo.': 'US.WY',
  'D.C.': 'US.DC',
  NSW: 'AU.02', 'N.S.W.': 'AU.02', Qld: 'AU.04', 'Qld.': 'AU.04', Vic: 'AU.07', 'Vic.': 'AU.07', Tas: 'AU.06', 'Tas.': 'AU.06',
  ACT: 'AU.01',
  'Ont.': 'CA.08', 'B.C.': 'CA.02', 'Que.': 'CA.10', 'Alta.': 'CA.01', 'Man.': 'CA.03', 'Sask.': 'CA.11', 'N.S.': 'CA.07', 'N.B.': 'CA.04', 'Nfld.': 'CA.05',
};

/** US postal codes: only after "Place, ". */
export const POSTAL_CODES: readonly string[] = [
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA', 'ME', 'MD', 'MA', 'MI', 'MN',
  'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA',
  'WA', 'WV', 'WI', 'WY', 'DC',
];
