// Month names by language, lower case, full and common abbreviated/inflected forms.
// Kept as data so the parser stays language-agnostic: a name maps to its month number (1-12).
// Genitive/inflected forms matter: "15 января", "15. března", "15 stycznia" are how dates are written.

const MONTHS_BY_LANGUAGE: Record<string, string[][]> = {
  en: [
    ['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'],
    ['july', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'], ['october', 'oct'], ['november', 'nov'], ['december', 'dec'],
  ],
  de: [
    ['januar', 'jänner', 'jän'], ['februar', 'feber'], ['märz', 'maerz', 'mrz'], ['april'], ['mai'], ['juni'],
    ['juli'], ['august'], ['september'], ['oktober', 'okt'], ['november'], ['dezember', 'dez'],
  ],
  fr: [
    ['janvier', 'janv'], ['février', 'fevrier', 'févr', 'fevr', 'fév'], ['mars'], ['avril', 'avr'], ['mai'], ['juin'],
    ['juillet', 'juil'], ['août', 'aout'], ['septembre'], ['octobre'], ['novembre'], ['décembre', 'decembre', 'déc'],
  ],
  es: [
    ['enero', 'ene'], ['febrero'], ['marzo'], ['abril', 'abr'], ['mayo'], ['junio'],
    ['julio'], ['agosto', 'ago'], ['septiembre', 'setiembre', 'set'], ['octubre'], ['noviembre'], ['diciembre', 'dic'],
  ],
  pt: [
    ['janeiro'], ['fevereiro', 'fev'], ['março', 'marco'], ['abril'], ['maio'], ['junho'],
    ['julho'], ['agosto'], ['setembro'], ['outubro', 'out'], ['novembro'], ['dezembro'],
  ],
  it: [
    ['gennaio', 'gen'], ['febbraio'], ['marzo'], ['aprile'], ['maggio', 'mag'], ['giugno', 'giu'],
    ['luglio', 'lug'], ['agosto'], ['settembre', 'sett'], ['ottobre', 'ott'], ['novembre'], ['dicembre'],
  ],
  nl: [
    ['januari'], ['februari'], ['maart', 'mrt'], ['april'], ['mei'], ['juni'],
    ['juli'], ['augustus'], ['september'], ['oktober'], ['november'], ['december'],
  ],
  sv_da_no: [
    ['januari', 'januar'], ['februari', 'februar'], ['mars', 'marts'], ['april'], ['maj', 'mai'], ['juni'],
    ['juli'], ['augusti', 'august'], ['september'], ['oktober'], ['november'], ['december', 'desember', 'des'],
  ],
  fi: [
    ['tammikuuta', 'tammikuu'], ['helmikuuta', 'helmikuu'], ['maaliskuuta', 'maaliskuu'], ['huhtikuuta', 'huhtikuu'],
    ['toukokuuta', 'toukokuu'], ['kesäkuuta', 'kesäkuu'], ['heinäkuuta', 'heinäkuu'], ['elokuuta', 'elokuu'],
    ['syyskuuta', 'syyskuu'], ['lokakuuta', 'lokakuu'], ['marraskuuta', 'marraskuu'], ['joulukuuta', 'joulukuu'],
  ],
  id_ms: [
    ['januari'], ['februari', 'febuari'], ['maret', 'mac'], ['april'], ['mei'], ['juni', 'jun'],
    ['juli', 'julai'], ['agustus', 'ogos', 'agu'], ['september'], ['oktober'], ['november'], ['desember', 'disember'],
  ],
  tl: [
    ['enero'], ['pebrero'], ['marso'], ['abril'], ['mayo'], ['hunyo'],
    ['hulyo'], ['agosto'], ['setyembre'], ['oktubre'], ['nobyembre'], ['disyembre'],
  ],
  tr: [
    ['ocak'], ['şubat', 'subat'], ['mart'], ['nisan'], ['mayıs', 'mayis'], ['haziran'],
    ['temmuz'], ['ağustos', 'agustos'], ['eylül', 'eylul'], ['ekim'], ['kasım', 'kasim'], ['aralık', 'aralik'],
  ],
  ro: [
    ['ianuarie', 'ian'], ['februarie'], ['martie'], ['aprilie'], ['mai'], ['iunie'],
    ['iulie'], ['august'], ['septembrie'], ['octombrie'], ['noiembrie'], ['decembrie'],
  ],
  hu: [
    ['január', 'jan'], ['február', 'febr'], ['március', 'márc'], ['április', 'ápr'], ['május', 'máj'], ['június', 'jún'],
    ['július', 'júl'], ['augusztus', 'aug'], ['szeptember', 'szept'], ['október', 'okt'], ['november'], ['december'],
  ],
  pl: [
    ['stycznia', 'styczeń', 'sty'], ['lutego', 'luty', 'lut'], ['marca', 'marzec'], ['kwietnia', 'kwiecień', 'kwi'],
    ['maja', 'maj'], ['czerwca', 'czerwiec', 'cze'], ['lipca', 'lipiec', 'lip'], ['sierpnia', 'sierpień', 'sie'],
    ['września', 'wrzesień', 'wrz'], ['października', 'październik', 'paź'], ['listopada', 'listopad', 'lis'],
    ['grudnia', 'grudzień', 'gru'],
  ],
  cs_sk: [
    ['ledna', 'leden', 'januára', 'január'], ['února', 'únor', 'februára', 'február'], ['března', 'březen', 'marca', 'marec'],
    ['dubna', 'duben', 'apríla', 'apríl'], ['května', 'květen', 'mája', 'máj'], ['června', 'červen', 'júna', 'jún'],
    ['července', 'červenec', 'júla', 'júl'], ['srpna', 'srpen', 'augusta'], ['září', 'septembra'],
    ['října', 'říjen', 'októbra', 'október'], ['listopadu', 'listopad', 'novembra'], ['prosince', 'prosinec', 'decembra'],
  ],
  hr_sr_bs: [
    ['siječnja', 'siječanj', 'januara', 'januar'], ['veljače', 'veljača', 'februara', 'februar'],
    ['ožujka', 'ožujak', 'marta', 'mart'], ['travnja', 'travanj', 'aprila', 'april'], ['svibnja', 'svibanj', 'maja', 'maj'],
    ['lipnja', 'lipanj', 'juna', 'jun'], ['srpnja', 'srpanj', 'jula', 'jul'], ['kolovoza', 'kolovoz', 'avgusta', 'augusta', 'avgust'],
    ['rujna', 'rujan', 'septembra', 'septembar'], ['oktobra', 'oktobar'], // hr 'listopada' (Oct) clashes with pl (Nov): pl wins
    ['studenoga', 'studenog', 'studeni', 'novembra', 'novembar'], ['prosinca', 'prosinac', 'decembra', 'decembar'],
  ],
  sl: [
    ['januarja'], ['februarja'], ['marca'], ['aprila'], ['maja'], ['junija'],
    ['julija'], ['avgusta'], ['septembra'], ['oktobra'], ['novembra'], ['decembra'],
  ],
  sq: [
    ['janar'], ['shkurt'], ['mars'], ['prill'], ['maj'], ['qershor'],
    ['korrik'], ['gusht'], ['shtator'], ['tetor'], ['nëntor', 'nentor'], ['dhjetor'],
  ],
  lt: [
    ['sausio', 'sausis'], ['vasario', 'vasaris'], ['kovo', 'kovas'], ['balandžio', 'balandis'], ['gegužės', 'gegužė'],
    ['birželio', 'birželis'], ['liepos', 'liepa'], ['rugpjūčio', 'rugpjūtis'], ['rugsėjo', 'rugsėjis'], ['spalio', 'spalis'],
    ['lapkričio', 'lapkritis'], ['gruodžio', 'gruodis'],
  ],
  lv: [
    ['janvāris', 'janvārī'], ['februāris', 'februārī'], ['marts', 'martā'], ['aprīlis', 'aprīlī'], ['maijs', 'maijā'],
    ['jūnijs', 'jūnijā'], ['jūlijs', 'jūlijā'], ['augusts', 'augustā'], ['septembris', 'septembrī'],
    ['oktobris', 'oktobrī'], ['novembris', 'novembrī'], ['decembris', 'decembrī'],
  ],
  et: [
    ['jaanuar'], ['veebruar'], ['märts'], ['aprill'], ['mai'], ['juuni'],
    ['juuli'], ['august'], ['september'], ['oktoober'], ['november'], ['detsember'],
  ],
  ru: [
    ['января', 'январь', 'янв'], ['февраля', 'февраль', 'фев'], ['марта', 'март', 'мар'], ['апреля', 'апрель', 'апр'],
    ['мая', 'май'], ['июня', 'июнь', 'июн'], ['июля', 'июль', 'июл'], ['августа', 'август', 'авг'],
    ['сентября', 'сентябрь', 'сен', 'сент'], ['октября', 'октябрь', 'окт'], ['ноября', 'ноябрь', 'ноя'], ['декабря', 'декабрь', 'дек'],
  ],
  uk: [
    ['січня', 'січень'], ['лютого', 'лютий'], ['березня', 'березень'], ['квітня', 'квітень'], ['травня', 'травень'],
    ['червня', 'червень'], ['липня', 'липень'], ['серпня', 'серпень'], ['вересня', 'вересень'], ['жовтня', 'жовтень'],
    ['листопада', 'листопад'], ['грудня', 'грудень'],
  ],
  be: [
    ['студзеня'], ['лютага'], ['сакавіка'], ['красавіка'], ['мая'], ['чэрвеня'],
    ['ліпеня'], ['жніўня'], ['верасня'], ['кастрычніка'], ['лістапада'], ['снежня'],
  ],
  bg_mk_sr: [
    ['януари', 'јануари', 'јануар', 'јануара'], ['февруари', 'февруар', 'фебруар', 'фебруара'], ['март', 'марта'],
    ['април', 'априла'], ['май', 'мај', 'маја'], ['юни', 'јуни', 'јун', 'јуна'], ['юли', 'јули', 'јул', 'јула'],
    ['август', 'августа', 'avgust'], ['септември', 'септембар', 'септембра'], ['октомври', 'октобар', 'октобра'],
    ['ноември', 'новембар', 'новембра'], ['декември', 'децембар', 'децембра'],
  ],
  el: [
    ['ιανουαρίου', 'ιανουάριος', 'ιαν'], ['φεβρουαρίου', 'φεβρουάριος', 'φεβ'], ['μαρτίου', 'μάρτιος', 'μαρ'],
    ['απριλίου', 'απρίλιος', 'απρ'], ['μαΐου', 'μαΐος', 'μαίου', 'μάιος'], ['ιουνίου', 'ιούνιος', 'ιουν'],
    ['ιουλίου', 'ιούλιος', 'ιουλ'], ['αυγούστου', 'αύγουστος', 'αυγ'], ['σεπτεμβρίου', 'σεπτέμβριος', 'σεπ'],
    ['οκτωβρίου', 'οκτώβριος', 'οκτ'], ['νοεμβρίου', 'νοέμβριος', 'νοε'], ['δεκεμβρίου', 'δεκέμβριος', 'δεκ'],
  ],
  hy: [
    ['հունվարի', 'հունվար'], ['փետրվարի', 'փետրվար'], ['մարտի', 'մարտ'], ['ապրիլի', 'ապրիլ'], ['մայիսի', 'մայիս'],
    ['հունիսի', 'հունիս'], ['հուլիսի', 'հուլիս'], ['օգոստոսի', 'օգոստոս'], ['սեպտեմբերի', 'սեպտեմբեր'],
    ['հոկտեմբերի', 'հոկտեմբեր'], ['նոյեմբերի', 'նոյեմբեր'], ['դեկտեմբերի', 'դեկտեմբեր'],
  ],
  ka: [
    ['იანვარი', 'იანვარს'], ['თებერვალი', 'თებერვალს'], ['მარტი', 'მარტს'], ['აპრილი', 'აპრილს'], ['მაისი', 'მაისს'],
    ['ივნისი', 'ივნისს'], ['ივლისი', 'ივლისს'], ['აგვისტო', 'აგვისტოს'], ['სექტემბერი', 'სექტემბერს'],
    ['ოქტომბერი', 'ოქტომბერს'], ['ნოემბერი', 'ნოემბერს'], ['დეკემბერი', 'დეკემბერს'],
  ],
  ar: [
    ['يناير', 'كانون الثاني', 'جانفي'], ['فبراير', 'شباط', 'فيفري'], ['مارس', 'آذار'], ['أبريل', 'ابريل', 'إبريل', 'نيسان', 'أفريل'],
    ['مايو', 'أيار', 'ماي'], ['يونيو', 'حزيران', 'جوان'], ['يوليو', 'تموز', 'جويلية'], ['أغسطس', 'اغسطس', 'آب', 'أوت'],
    ['سبتمبر', 'أيلول'], ['أكتوبر', 'اكتوبر', 'تشرين الأول'], ['نوفمبر', 'تشرين الثاني'], ['ديسمبر', 'كانون الأول'],
  ],
  fa: [
    ['ژانویه', 'ژانویهٔ'], ['فوریه'], ['مارس'], ['آوریل'], ['مه', 'می'], ['ژوئن'],
    ['ژوئیه', 'جولای'], ['اوت', 'آگوست'], ['سپتامبر'], ['اکتبر'], ['نوامبر'], ['دسامبر'],
  ],
  he: [
    ['ינואר'], ['פברואר'], ['מרץ', 'מרס'], ['אפריל'], ['מאי'], ['יוני'],
    ['יולי'], ['אוגוסט'], ['ספטמבר'], ['אוקטובר'], ['נובמבר'], ['דצמבר'],
  ],
  hi_mr_ne: [
    ['जनवरी'], ['फ़रवरी', 'फरवरी'], ['मार्च'], ['अप्रैल', 'एप्रिल'], ['मई', 'मे'], ['जून'],
    ['जुलाई', 'जुलै'], ['अगस्त', 'ऑगस्ट'], ['सितंबर', 'सितम्बर', 'सप्टेंबर'], ['अक्टूबर', 'अक्तूबर', 'ऑक्टोबर'],
    ['नवंबर', 'नवम्बर', 'नोव्हेंबर'], ['दिसंबर', 'दिसम्बर', 'डिसेंबर'],
  ],
  gu: [
    ['જાન્યુઆરી'], ['ફેબ્રુઆરી'], ['માર્ચ'], ['એપ્રિલ'], ['મે'], ['જૂન'],
    ['જુલાઈ'], ['ઑગસ્ટ', 'ઓગસ્ટ'], ['સપ્ટેમ્બર'], ['ઑક્ટોબર', 'ઓક્ટોબર'], ['નવેમ્બર'], ['ડિસેમ્બર'],
  ],
  bn: [
    ['জানুয়ারি', 'জানুয়ারী'], ['ফেব্রুয়ারি', 'ফেব্রুয়ারী'], ['মার্চ'], ['এপ্রিল'], ['মে'], ['জুন'],
    ['জুলাই'], ['আগস্ট'], ['সেপ্টেম্বর'], ['অক্টোবর'], ['নভেম্বর'], ['ডিসেম্বর'],
  ],
  ur: [
    ['جنوری'], ['فروری'], ['مارچ'], ['اپریل'], ['مئی'], ['جون'],
    ['جولائی'], ['اگست'], ['ستمبر'], ['اکتوبر'], ['نومبر'], ['دسمبر'],
  ],
  th: [
    ['มกราคม', 'ม.ค.'], ['กุมภาพันธ์', 'ก.พ.'], ['มีนาคม', 'มี.ค.'], ['เมษายน', 'เม.ย.'], ['พฤษภาคม', 'พ.ค.'], ['มิถุนายน', 'มิ.ย.'],
    ['กรกฎาคม', 'ก.ค.'], ['สิงหาคม', 'ส.ค.'], ['กันยายน', 'ก.ย.'], ['ตุลาคม', 'ต.ค.'], ['พฤศจิกายน', 'พ.ย.'], ['ธันวาคม', 'ธ.ค.'],
  ],
  vi: [
    ['tháng một'], ['tháng hai'], ['tháng ba'], ['tháng tư'], ['tháng năm'], ['tháng sáu'],
    ['tháng bảy'], ['tháng tám'], ['tháng chín'], ['tháng mười'], ['tháng mười một'], ['tháng mười hai'],
  ],
  ca: [
    ['gener'], ['febrer'], ['març'], ['abril'], ['maig'], ['juny'],
    ['juliol'], ['agost'], ['setembre'], ['octubre'], ['novembre'], ['desembre'],
  ],
};

/** Month name (lower case) → month number. A name shared by languages always means the same month. */
export const MONTH_NAMES: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  for (const months of Object.values(MONTHS_BY_LANGUAGE)) {
    months.forEach((names, i) => {
      for (const name of names) map.set(name, i + 1);
    });
  }
  return map;
})();
