// Keyword lists written by the newsgraph team (general English knowledge, not taken from any corpus).
// Each list becomes one gazetteer bit; phrases are lower case, tokens separated by spaces.

const words = (s: string): string[] => s.trim().split(/\s*\|\s*|\n+/).map((w) => w.trim()).filter(Boolean);

export const TEAM_LISTS: Record<string, string[]> = {
  // Legal-form and closing words of company names.
  org_suffix: words(`
    inc | inc. | incorporated | corp | corp. | corporation | co | co. | company | companies | ltd | ltd. | limited |
    plc | llc | llp | lp | l.p. | group | holding | holdings | ag | a.g. | sa | s.a. | nv | n.v. | bv | b.v. | spa | s.p.a. |
    gmbh | kgaa | ab | asa | as | a/s | oy | oyj | kk | k.k. | bhd | berhad | tbk | pt | pty | pte | nl | se | sarl |
    s.a.r.l. | cie | cia | & co | & co. | bancorp | bankshares | trust | partners | associates | enterprises |
    industries | international | intl | worldwide | systems | technologies | technology | software | networks |
    communications | telecom | telecommunications | airlines | airways | air lines | motors | pharmaceuticals |
    pharmaceutical | petroleum | energy | resources | mining | minerals | chemicals | electronics | electric |
    securities | capital | investments | financial | finance | insurance | assurance | bank | banking | brewery |
    breweries | foods | stores | media | entertainment | studios | publishing | press | agency | services`),
  // Words heading or closing names of public bodies, parties, clubs and institutions.
  org_word: words(`
    ministry | department | council | committee | commission | agency | authority | bureau | office | board |
    parliament | assembly | congress | senate | cabinet | government | administration | court | tribunal |
    party | front | movement | alliance | coalition | union | federation | confederation | league | association |
    society | institute | institution | foundation | fund | university | college | academy | school | hospital |
    church | army | navy | air force | police | guard | brigade | militia | forces | organisation | organization |
    club | fc | f.c. | afc | cf | sc | united | city | rovers | wanderers | athletic | albion | county | town |
    hotspur | rangers | celtic | dynamo | sporting | real | olympique | racing | inter | stars | exchange |
    news | times | post | journal | herald | tribune | gazette | telegraph | daily | weekly | radio | television |
    tv | broadcasting | network | channel | reuters | agency | corps | secretariat | directorate | service`),
  // Titles and roles that precede a person's name.
  person_title: words(`
    mr | mr. | mrs | mrs. | ms | ms. | miss | dr | dr. | prof | prof. | professor | sir | dame | lord | lady |
    president | vice president | prime minister | premier | chancellor | minister | secretary | king | queen |
    prince | princess | emperor | sultan | sheikh | emir | ayatollah | pope | cardinal | archbishop | bishop |
    rev | rev. | reverend | father | rabbi | imam | general | gen | gen. | lt | lt. | lieutenant | col | col. |
    colonel | maj | maj. | major | capt | capt. | captain | sgt | sgt. | sergeant | admiral | adm | adm. |
    commander | marshal | senator | sen | sen. | rep | rep. | representative | congressman | congresswoman |
    governor | gov | gov. | mayor | judge | justice | ambassador | envoy | spokesman | spokeswoman | chairman |
    chairwoman | chief | director | coach | manager | striker | midfielder | defender | goalkeeper | leader |
    deputy | mp | m.p. | mep | st | st. | saint | mother | sister | brother | uncle | aunt | son | daughter |
    wife | husband | widow | actor | actress | singer | writer | author | novelist | poet | player | champion`),
  // Words heading or closing place names.
  loc_word: words(`
    river | lake | mount | mt | mt. | mountain | mountains | hills | island | islands | isle | isles | sea | ocean |
    gulf | bay | strait | straits | channel | peninsula | valley | desert | coast | cape | canal | falls |
    province | state | region | county | district | territory | republic | kingdom | emirate | city | town |
    village | street | st | st. | road | rd | avenue | ave | boulevard | square | bridge | airport | port |
    north | south | east | west | northern | southern | eastern | western | central | upper | lower | new |
    fort | san | santa | saint | lake | park | heights | beach | springs`),
  // Words of event, product, work and prize names (CoNLL's MISC).
  misc_word: words(`
    cup | open | championship | championships | championnat | games | olympics | olympic | grand prix | tour |
    trophy | award | awards | prize | medal | festival | war | world war | treaty | accord | accords | act |
    agreement | index | cup winners | super bowl | series | rally | classic | marathon | masters | league |
    day | year | christmas | easter | ramadan | eid | budget | plan | programme | program | initiative`),
  // Words that are capitalised in names of days, months and other non-entities.
  time_word: words(`
    monday | tuesday | wednesday | thursday | friday | saturday | sunday | mon | tue | tues | wed | thu | thur |
    thurs | fri | sat | sun | january | february | march | april | may | june | july | august | september |
    october | november | december | jan | jan. | feb | feb. | mar | mar. | apr | apr. | jun | jul | aug | aug. |
    sep | sep. | sept | sept. | oct | oct. | nov | nov. | dec | dec. | today | yesterday | tomorrow | tonight |
    gmt | est | edt | cet | bst | pst | a.m. | p.m. | am | pm`),
};
